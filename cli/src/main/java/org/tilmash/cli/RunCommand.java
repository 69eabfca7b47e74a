package org.tilmash.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tilmash.steps.report.DocumentReport;
import org.tilmash.steps.report.RunReport;
import org.tilmash.steps.report.TargetCoverage;
import org.tilmash.steps.slots.Languages;
import org.tilmash.tmx.leverage.MemoryLeverageStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilmash run}: Kazakh documents in; XLIFF per target language, TMX and a report out. */
@Command(name = "run", sortOptions = false,
        description = {"Segments Kazakh documents, fills their Russian and English translation slots, and writes",
            "NAME.kk-ru.xlf, NAME.kk-en.xlf (XLIFF 1.2), NAME.kk-ru.tmx, NAME.kk-en.tmx (bilingual TMX 1.4b),",
            "NAME.tmx (kk/ru/en corpus) and report.json into the output directory."})
final class RunCommand implements Callable<Integer> {

    static final Path DEFAULT_SOURCES = Path.of("seeds");

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Kazakh documents (NAME.kk.EXT) or directories holding them. Default: seeds/.")
    List<Path> sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    SegmentationOptions segmentation;

    @Option(names = "--tm", paramLabel = "DIR|FILE.tmx",
            description = "Fill empty slots from this translation memory (exact matches; fuzzy ones >= 75% become "
                    + "<alt-trans> suggestions): a directory made by 'tilmash tm import', or a TMX file.")
    Path tm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> arguments = sources == null || sources.isEmpty() ? List.of(defaultSources()) : sources;
        List<SourceDocument> documents = SourceDocuments.resolve(arguments);
        PipelineSettings settings = new PipelineSettings(out, segmentation.srxFile(), !segmentation.noRepair,
                SourceDateEpoch.instant(System.getenv("SOURCE_DATE_EPOCH"))
                        .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        Progress progress = new Progress(spec.commandLine().getErr(), documents.size());
        TilmashPipeline pipeline = new TilmashPipeline(settings);
        RunReport report;
        try (MemoryLocation.Opened memory = tm == null ? null : MemoryLocation.forRun(tm)) {
            if (memory != null) {
                pipeline.addSlotFiller(new MemoryLeverageStep(memory.memory(), memory.name(), Languages.TARGETS,
                        MemoryLeverageStep.DEFAULT_FUZZY_THRESHOLD));
            }
            report = pipeline.run(documents, progress::document);
        }
        printSummary(report, spec.commandLine().getOut());
        return ExitCode.OK;
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
        out.printf("outputs in %s (details: %s)%n", this.out, this.out.resolve(TilmashPipeline.REPORT_FILE));
        out.flush();
    }
}
