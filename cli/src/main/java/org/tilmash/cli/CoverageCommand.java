package org.tilmash.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tilmash.coverage.Basis;
import org.tilmash.coverage.CoverageGate;
import org.tilmash.coverage.CoverageReport;
import org.tilmash.coverage.CoverageScanner;
import org.tilmash.coverage.GateResult;
import org.tilmash.coverage.ReportFormat;
import org.tilmash.coverage.TranslatedPolicy;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilmash coverage}: translation coverage of XLIFF and TMX files, gated by per-language minimums. */
@Command(name = "coverage",
        description = {"Counts translation coverage per target language in XLIFF 1.2, XLIFF 2.0/2.1 and TMX 1.4b "
                + "files, and fails when a language is below its minimum.",
                "Directories are searched recursively for *.xlf, *.xliff and *.tmx."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every minimum met", "1:a language is below its --min",
                "2:usage error (e.g. bad --min syntax)", "3:a path is missing, no file found, or a file is invalid "
                + "(unless --skip-invalid)", "4:the --output file cannot be written",
                "70:internal error (a bug: rerun with --verbose and report it)"})
public final class CoverageCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "XLIFF or TMX files, or directories.")
    private List<Path> paths;

    @Option(names = "--min", paramLabel = "LANG=PERCENT,...",
            description = "Minimum coverage per language, e.g. ru=95,en=80 (ru matches ru-RU, ru-KZ...).")
    private String minimums;

    @Option(names = "--by", paramLabel = "words|segments", defaultValue = "words",
            description = "Measure coverage in source words (GMX-V) or in units. Default: ${DEFAULT-VALUE}.")
    private String basis;

    @Option(names = "--translated-states", paramLabel = "STATE,...",
            defaultValue = "translated,reviewed,final,signed-off",
            description = "States whose non-empty target counts as translated (XLIFF 1.2 and 2.x; 'none' = a 1.2 "
                    + "target without state); approved=\"yes\" always counts. Default: ${DEFAULT-VALUE}.")
    private String translatedStates;

    @Option(names = "--format", paramLabel = "text|json|markdown|junit", defaultValue = "text",
            description = "Report format. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (atomically); the text table still goes to standard output.")
    private Path output;

    @Option(names = "--skip-invalid", description = "Report invalid files but do not fail (exit 3) because of them.")
    private boolean skipInvalid;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CoverageGate gate;
        ReportFormat reportFormat;
        TranslatedPolicy policy;
        try {
            Basis by = Basis.parse(basis);
            gate = minimums == null ? CoverageGate.none(by) : CoverageGate.parse(minimums, by);
            reportFormat = ReportFormat.parse(format);
            policy = TranslatedPolicy.parse(translatedStates);
        } catch (IllegalArgumentException e) {
            err.println("tilmash coverage: " + e.getMessage());
            return ExitCode.USAGE;
        }
        CoverageReport report;
        try {
            CoverageScanner scanner = new CoverageScanner(policy);
            List<Path> files = scanner.find(paths);
            try (Progress progress = Progress.start("coverage", "files", files)) {
                report = scanner.count(files, progress::fileDone);
            }
        } catch (NoSuchFileException e) {
            err.println("tilmash coverage: " + e.getFile() + ": no such file or directory");
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("tilmash coverage: cannot list " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (report.files().isEmpty() && report.invalidFiles().isEmpty()) {
            err.println("tilmash coverage: no *.xlf, *.xliff or *.tmx file in " + paths);
            return ExitCode.BAD_INPUT;
        }
        GateResult result = gate.check(report);
        if (output != null) {
            try {
                OutputTransaction.write(output, reportFormat.render(report, result));
            } catch (OutputFailure e) {
                err.println("tilmash coverage: " + e.getMessage());
                return ExitCode.OUTPUT;
            }
            out.print(ReportFormat.TEXT.render(report, result));
        } else {
            out.print(reportFormat.render(report, result));
            if (reportFormat != ReportFormat.TEXT) {
                // the report on stdout is for machines; the reasons for the exit code still reach the log
                report.invalidFiles().forEach(f -> err.println("tilmash coverage: " + f.describe()));
                result.failureLines().forEach(line -> err.println("tilmash coverage: " + line));
            }
        }
        out.flush();
        err.flush();
        if (!report.invalidFiles().isEmpty() && !skipInvalid) {
            return ExitCode.BAD_INPUT;
        }
        return result.passed() ? ExitCode.OK : ExitCode.COVERAGE_BELOW_THRESHOLD;
    }
}
