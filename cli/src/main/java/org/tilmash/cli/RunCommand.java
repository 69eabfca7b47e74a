package org.tilmash.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import net.sf.okapi.common.LocaleId;
import org.tilmash.coverage.Basis;
import org.tilmash.steps.align.TranslationSources;
import org.tilmash.coverage.CoverageGate;
import org.tilmash.coverage.CoverageReport;
import org.tilmash.coverage.CoverageScanner;
import org.tilmash.coverage.GateResult;
import org.tilmash.coverage.TranslatedPolicy;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.report.DocumentReport;
import org.tilmash.steps.report.ReportParameters;
import org.tilmash.steps.report.RunReport;
import org.tilmash.steps.report.TargetCoverage;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.leverage.MemoryLeverageStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilmash run}: Kazakh documents in; XLIFF per target language, TMX and a report out. */
@Command(name = "run", sortOptions = false,
        description = {"Segments Kazakh documents and fills their Russian and English translation slots.",
            "It writes NAME.kk-ru.xlf, NAME.kk-en.xlf (XLIFF 1.2), NAME.kk-ru.tmx, NAME.kk-en.tmx (bilingual "
                + "TMX 1.4b), NAME.tmx (kk/ru/en corpus) and report.json into the output directory."})
final class RunCommand implements Callable<Integer> {

    static final Path DEFAULT_SOURCES = Path.of("seeds");

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Kazakh documents (NAME.kk.EXT) or directories holding them. Default: seeds/.")
    List<Path> sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--min-coverage", paramLabel = "LANG=PERCENT,...",
            description = {"Fail (exit 1) when a target language's coverage, in source words, is below its "
                + "minimum, e.g. ru=90,en=50. The gate of 'tilmash coverage', over the XLIFF files this run wrote."})
    String minCoverage;

    @Option(names = "--ru", paramLabel = "FILE",
            description = "The Russian translation to align with (default: NAME.ru.EXT beside NAME.kk.EXT).")
    Path russian;

    @Option(names = "--en", paramLabel = "FILE",
            description = "The English translation to align with (default: NAME.en.EXT beside NAME.kk.EXT).")
    Path english;

    @Option(names = "--min-confidence", paramLabel = "0..1", defaultValue = "0",
            description = "Leave a slot empty when its alignment link's confidence is below this (default: "
                + "${DEFAULT-VALUE}: every link fills its slot; low-confidence links are listed in report.json).")
    double minConfidence;

    @Option(names = "--xliff", paramLabel = "1.2|2.1", defaultValue = "1.2",
            description = "XLIFF version of NAME.kk-LANG.xlf (default: ${DEFAULT-VALUE}); both carry the same units "
                + "and targets.")
    String xliffVersion;

    @Mixin
    SegmentationOptions segmentation;

    @Option(names = "--tm", paramLabel = "DIR|FILE.tmx",
            description = "Fill empty slots from this translation memory (exact matches; fuzzy ones >= 75%% become "
                    + "<alt-trans> suggestions): a directory made by 'tilmash tm import', or a TMX file.")
    Path tm;

    @Option(names = "--threads", paramLabel = "N",
            description = {"Keep at most N threads busy (default: the number of cores): up to N documents at once, "
                + "and a document's independent parts on threads no other document needs. The outputs are the same "
                + "whatever N; large documents run alone, to stay within the heap."})
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) { // also refuses NaN, for which every comparison is false
            throw new UserError(ExitCode.USAGE, "--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        if (!xliffVersion.equals("1.2") && !xliffVersion.equals("2.1")) {
            throw new UserError(ExitCode.USAGE, "--xliff must be 1.2 or 2.1, not " + xliffVersion);
        }
        int documentsAtOnce = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (documentsAtOnce < 1) {
            throw new UserError(ExitCode.USAGE, "--threads must be at least 1, not " + documentsAtOnce);
        }
        CoverageGate gate = coverageGate();
        List<Path> arguments = sources == null || sources.isEmpty() ? List.of(defaultSources()) : sources;
        List<SourceDocument> documents = SourceDocuments.resolve(arguments);
        TilmashPipelineBuilder builder = RunPipeline.builder(segmentation, !segmentation.noRepair)
                .minConfidence(minConfidence).xliffVersion(xliffVersion);
        String generated = SourceDateEpoch.instant(System.getenv("SOURCE_DATE_EPOCH"))
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS)).toString();
        PipelineRun run;
        try (MemoryLocation.Opened memory = tm == null ? null : MemoryLocation.forRun(tm);
             Progress progress = Progress.start("run", "documents",
                     documents.stream().map(SourceDocument::path).toList())) {
            if (memory != null) {
                builder.memory(memory.memory().directory().toAbsolutePath().toString(), memory.name(),
                        MemoryLeverageStep.DEFAULT_FUZZY_THRESHOLD);
            }
            run = RunPipeline.run(builder::runSteps, documentsAtOnce, documents, translations(documents), builder.targets(), out,
                    generated, progress);
        }
        printSummary(run.report(), spec.commandLine().getOut());
        run.warnings().forEach(w -> spec.commandLine().getErr().println("tilmash: warning: " + w));
        spec.commandLine().getErr().flush();
        return gate == null ? ExitCode.OK : checkCoverage(gate, documents);
    }

    /** --ru/--en name one document's translations; otherwise each document's are found beside it. */
    private TranslationSources translations(List<SourceDocument> documents) {
        Map<String, Path> named = new HashMap<>();
        if (russian != null) {
            named.put("ru", requireFile(russian, "--ru"));
        }
        if (english != null) {
            named.put("en", requireFile(english, "--en"));
        }
        if (!named.isEmpty() && documents.size() > 1) {
            throw new UserError(ExitCode.USAGE, "--ru and --en name the translation of one document, but "
                    + documents.size() + " documents are given");
        }
        return TranslationSources.explicit(named).orElse(TranslationSources.besideSource());
    }

    private static Path requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCode.BAD_INPUT, option + " " + file + ": no such file");
        }
        return file;
    }

    private CoverageGate coverageGate() {
        if (minCoverage == null) {
            return null;
        }
        try {
            return CoverageGate.parse(minCoverage, Basis.WORDS);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, "--min-coverage: " + e.getMessage());
        }
    }

    /** Counts the XLIFF files just written (not the TMX: they hold the same units) with the coverage gate. */
    private int checkCoverage(CoverageGate gate, List<SourceDocument> documents) {
        List<Path> xliff = new ArrayList<>();
        for (SourceDocument document : documents) {
            for (LocaleId target : Languages.TARGETS) {
                xliff.add(out.resolve(RunPipeline.xliffName(document, target)));
            }
        }
        CoverageReport coverage;
        try {
            coverage = new CoverageScanner(TranslatedPolicy.DEFAULT).scan(xliff);
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot read back the XLIFF just written: " + e.getMessage());
        }
        GateResult result = gate.check(coverage);
        PrintWriter err = spec.commandLine().getErr();
        result.failureLines().forEach(line -> err.println("tilmash: " + line));
        err.flush();
        return result.passed() ? ExitCode.OK : ExitCode.COVERAGE_BELOW_THRESHOLD;
    }

    private static Path defaultSources() {
        if (!Files.isDirectory(DEFAULT_SOURCES)) {
            throw new UserError(ExitCode.USAGE,
                    "no SOURCE given and no seeds/ directory here: name the Kazakh documents to process");
        }
        return DEFAULT_SOURCES;
    }

    private void printSummary(RunReport report, PrintWriter out) {
        for (DocumentReport document : report.getDocuments()) {
            out.printf("%s: %d paragraphs, %d segments, %d words%n", document.getSource(),
                    document.getParagraphs(), document.getSegments(), document.getWords());
            for (Map.Entry<String, TargetCoverage> target : document.getTargets().entrySet()) {
                TargetCoverage c = target.getValue();
                out.printf("  %-6s %5d/%d segments, %6d/%d words translated (%.1f%%)%n", target.getKey(),
                        c.getTranslatedSegments(), c.getSegments(), c.getTranslatedWords(), c.getWords(),
                        c.getWordCoverage());
            }
        }
        out.printf("outputs in %s (details: %s)%n", this.out, this.out.resolve(ReportParameters.REPORT_FILE));
        out.flush();
    }
}
