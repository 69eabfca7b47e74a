package org.tilmash.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
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
        PipelineSettings settings = new PipelineSettings(Path.of("."), segmentation.srxFile(),
                !segmentation.noRepair && language == Language.kk, Instant.EPOCH);
        PipelineDriver driver = new PipelineDriver();
        driver.setFilterConfigurationMapper(DocumentFormat.filterMapper());
        new TilmashPipeline(settings).readingSteps(language.locale).forEach(driver::addStep);
        PrintWriter out = spec.commandLine().getOut();
        driver.addStep(new SegmentPrinter(out));
        TilmashPipeline.process(driver, file, format, language.locale);
        driver.destroy();
        out.flush();
        return ExitCode.OK;
    }

    /** The last step of {@code segment}: prints each source segment on its own line. */
    private static final class SegmentPrinter extends BasePipelineStep {
        private final PrintWriter out;

        SegmentPrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public String getName() {
            return "Print segments";
        }

        @Override
        public String getDescription() {
            return "Prints each source segment on its own line.";
        }

        @Override
        protected Event handleTextUnit(Event event) {
            ITextUnit unit = event.getTextUnit();
            if (unit.isTranslatable()) {
                for (Segment segment : unit.getSourceSegments()) {
                    String text = segment.text.getText().replaceAll("[\\r\\n]+", " ").strip();
                    if (!text.isEmpty()) {
                        out.println(text);
                    }
                }
            }
            return event;
        }
    }
}
