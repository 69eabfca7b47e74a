package org.tilmash.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import org.tilmash.steps.pipeline.EachTextUnit;
import org.tilmash.steps.pipeline.PipelineDocument;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.SourceFileCheck;
import org.tilmash.steps.slots.Languages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tilmash segment}: prints one segment per line, exactly the segments that {@code run} writes. */
@Command(name = "segment", description = {"Prints the segments of a document, one per line.",
    "They are the segments that run writes (a line break inside a segment is printed as a space)."})
final class SegmentCommand implements Callable<Integer> {

    /** The languages tilmash has segmentation rules for. */
    enum Language {
        kk(Languages.KAZAKH), ru(Languages.RUSSIAN), en(Languages.ENGLISH);

        final LocaleId locale;

        Language(LocaleId locale) {
            this.locale = locale;
        }
    }

    @Parameters(paramLabel = "FILE", description = "The document to segment.")
    Path file;

    @Option(names = "--lang", defaultValue = "kk", paramLabel = "kk|ru|en",
            description = "The document's language (default: ${DEFAULT-VALUE}). Text repair applies to kk only.")
    Language language;

    @Mixin
    SegmentationOptions segmentation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new UserError(ExitCode.BAD_INPUT,
                file + ": unknown document format (tilmash reads " + SourceDocuments.supportedExtensions() + ")"));
        SourceFileCheck.check(file, format);
        List<IPipelineStep> steps = RunPipeline.builder(segmentation,
                !segmentation.noRepair && language == Language.kk).readingSteps();
        PrintWriter out = spec.commandLine().getOut();
        steps.add(new EachTextUnit("Prints each source segment on its own line.", unit -> print(unit, out)));
        PipelineDriver driver = TilmashPipelineBuilder.driver(steps, null);
        try {
            TilmashPipelineBuilder.process(driver,
                    new PipelineDocument(file, format.filterConfigId(), language.locale, Languages.TARGETS, List.of(), null));
        } finally {
            driver.destroy();
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Prints each source segment of {@code unit} on its own line. */
    private static void print(ITextUnit unit, PrintWriter out) {
        if (unit.isTranslatable()) {
            for (Segment segment : unit.getSourceSegments()) {
                String text = segment.text.getText().replaceAll("[\\r\\n]+", " ").strip();
                if (!text.isEmpty()) {
                    out.println(text);
                }
            }
        }
    }
}
