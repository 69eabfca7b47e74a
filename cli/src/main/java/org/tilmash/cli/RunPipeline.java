package org.tilmash.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.resource.ITextUnit;
import org.tilmash.steps.align.TranslationSources;
import org.tilmash.steps.pipeline.PipelineDocument;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.SourceFileCheck;
import org.tilmash.steps.report.ReportParameters;
import org.tilmash.steps.slots.Languages;

/** How the commands hand their documents to the pipeline builder's pipelines: the batch items and their outputs. */
final class RunPipeline {

    private RunPipeline() {
    }

    /** A builder with the segmentation options; a bad {@code --srx} is bad input. */
    static TilmashPipelineBuilder builder(SegmentationOptions segmentation, boolean repair) {
        try {
            return new TilmashPipelineBuilder().srx(segmentation.srxFile().map(Path::toString).orElse(""))
                    .repair(repair);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        }
    }

    /** {@code NAME.kk-ru.xlf}: the XLIFF file of a document for one target language. */
    static String xliffName(SourceDocument document, LocaleId target) {
        return document.name() + "." + Languages.KAZAKH.getLanguage() + "-" + target.getLanguage() + ".xlf";
    }

    /**
     * Runs the documents through the steps into {@code out}: checked first, then all written or none. The output
     * URI of each is {@code out/NAME.kk.EXT}, which names its outputs. Up to {@code threads} documents go through at
     * once, each on a pipeline of its own ({@code steps} makes one).
     */
    static PipelineRun run(Supplier<List<IPipelineStep>> steps, int threads, List<SourceDocument> documents,
            TranslationSources translations, List<LocaleId> targets, Path out, String generated, Progress progress) {
        for (SourceDocument document : documents) {
            SourceFileCheck.check(document.path(), document.format());
        }
        List<PipelineDocument> items = new ArrayList<>();
        for (SourceDocument document : documents) {
            items.add(item(document, translations, targets, out));
        }
        return PipelineRun.execute(steps, threads, items, out.resolve(ReportParameters.REPORT_FILE), generated,
                item -> progress.shown() ? reading(progress.file(item.source())) : PipelineRun.quiet(item));
    }

    /**
     * A unit's text in UTF-8, plus its line break, is about how far into the document the reader is (exactly, for
     * plain text).
     */
    private static PipelineRun.DocumentProgress reading(Progress.Reading reading) {
        return new PipelineRun.DocumentProgress() {
            @Override
            public void unitDone(ITextUnit unit) {
                reading.read(unit.getSource().toString().getBytes(StandardCharsets.UTF_8).length + 1L);
            }

            @Override
            public void close() {
                reading.close();
            }
        };
    }

    private static PipelineDocument item(SourceDocument document, TranslationSources translations,
            List<LocaleId> targets, Path out) {
        List<PipelineDocument.Translation> found = new ArrayList<>();
        for (LocaleId target : targets) {
            Optional<Path> file = translations.find(document.path().toUri(), target);
            file.ifPresent(f -> found.add(new PipelineDocument.Translation(f,
                    DocumentFormat.of(f).orElse(DocumentFormat.PLAIN_TEXT).filterConfigId(), target)));
        }
        String fileName = document.path().getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot);
        Path output = out.resolve(document.name() + "." + Languages.KAZAKH.getLanguage() + extension);
        return new PipelineDocument(document.path(), document.format().filterConfigId(), Languages.KAZAKH, targets, found,
                output.toAbsolutePath().toUri());
    }
}
