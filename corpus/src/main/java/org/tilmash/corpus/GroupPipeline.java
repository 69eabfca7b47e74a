package org.tilmash.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.Main;
import org.tilmash.cli.SourceDocuments;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.pipeline.PipelineDocument;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.read.SourceFileCheck;
import org.tilmash.steps.report.ReportParameters;
import org.tilmash.steps.report.ReportStep;
import org.tilmash.steps.report.RunReport;
import org.tilmash.steps.slots.Languages;

/**
 * The pipeline of {@code run}, built once by {@code run}'s builder for a whole task, through which each document group
 * goes as {@code tilmash run KK --ru RU --en EN --out DIR} would take it alone: the same steps and options, one Okapi
 * batch per document (as {@code run} does for each of its documents), and the same outputs in {@code DIR}. Unlike a
 * {@code run} of several documents, each group is its own {@link PipelineRun}: its files and report are committed
 * when it is done, and a bad group fails alone. Not thread-safe: one per task.
 */
final class GroupPipeline implements AutoCloseable {

    /** The exit code {@code run} gives a failure and its one-line message; exit code 0 and null if it succeeded. */
    record Outcome(int exitCode, String error) {
    }

    private final TilmashPipelineBuilder builder;
    private final String generated;
    /** Built on first use, and again after a failure (a step may hold what the failed document left). */
    private PipelineDriver driver;

    GroupPipeline(PipelineOptions options) {
        this.builder = options.builder();
        this.generated = options.generated();
    }

    /**
     * Runs the group into {@code out}: its XLIFF, TMX, repaired text and {@code report.json}, or nothing.
     *
     * @param shownAs how outputs and reports name some of its files instead of by their paths ({@code PipelineRun})
     */
    Outcome run(DocumentGroup group, Path out, Map<Path, String> shownAs) {
        PipelineDocument document;
        try {
            document = document(group, out);
            SourceFileCheck.check(document.source(), DocumentFormat.of(document.source()).orElseThrow());
        } catch (RuntimeException e) {
            return failure(e);
        }
        if (driver == null) {
            driver = TilmashPipelineBuilder.driver(builder.runSteps(), null);
        }
        try (OutputTransaction outputs = new OutputTransaction()) {
            try {
                PipelineRun run = new PipelineRun(outputs, new RunReport(ToolVersion.get(), generated), shownAs);
                driver.setExecutionContext(run.context());
                TilmashPipelineBuilder.process(driver, document);
                ReportStep.write(run.report(), out.resolve(ReportParameters.REPORT_FILE), outputs);
                outputs.commit();
            } catch (RuntimeException e) {
                close(); // the writers' files closed before the transaction deletes them
                return failure(e);
            }
        }
        return new Outcome(ExitCode.OK, null);
    }

    /** As {@code run} reports it: its exit code and error line. */
    private static Outcome failure(RuntimeException e) {
        return new Outcome(Main.exitCodeOf(e), Main.messageOf(e));
    }

    /** The batch item {@code run} makes of the group: outputs named {@code out/NAME.*} after {@code NAME.kk.EXT}. */
    private PipelineDocument document(DocumentGroup group, Path out) {
        Path source = Path.of(group.kazakh());
        DocumentFormat format = DocumentFormat.of(source).orElseThrow(() -> new InputProblem(source,
                "unknown document format (tilmash reads " + DocumentFormat.knownExtensions() + ")"));
        List<PipelineDocument.Translation> translations = new ArrayList<>();
        translation(translations, group.russian(), Languages.RUSSIAN);
        translation(translations, group.english(), Languages.ENGLISH);
        String fileName = source.getFileName().toString();
        String extension = fileName.substring(fileName.lastIndexOf('.'));
        Path output = out.resolve(SourceDocuments.outputName(source) + "." + Languages.KAZAKH.getLanguage()
                + extension);
        return new PipelineDocument(source, format.filterConfigId(), Languages.KAZAKH, builder.targets(),
                translations, output.toAbsolutePath().toUri());
    }

    private static void translation(List<PipelineDocument.Translation> translations, String file, LocaleId language) {
        if (file == null) {
            return;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InputProblem(path, "no such file (the " + language + " translation)");
        }
        translations.add(new PipelineDocument.Translation(path,
                DocumentFormat.of(path).orElse(DocumentFormat.PLAIN_TEXT).filterConfigId(), language));
    }

    /** Closes the steps' files (also those of a failed document, before its transaction deletes them). */
    @Override
    public void close() {
        if (driver != null) {
            driver.destroy();
            driver = null;
        }
    }
}
