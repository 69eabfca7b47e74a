package org.tilmash.steps.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipelinedriver.BatchItemContext;
import net.sf.okapi.common.resource.RawDocument;

/**
 * One batch item of a tilmash pipeline: the source document, its translations (the second and third inputs), and
 * where its outputs go.
 *
 * @param source         the document
 * @param filterConfigId the Okapi filter configuration that reads it
 * @param language       its language
 * @param targets        the target languages the driver announces (TARGET_LOCALE is the first)
 * @param translations   its translations, each read by its own filter configuration
 * @param output         the output URI ({@code DIR/NAME.kk.EXT}: the outputs are {@code DIR/NAME.*}), or null
 */
public record PipelineDocument(Path source, String filterConfigId, LocaleId language, List<LocaleId> targets,
        List<Translation> translations, URI output) {

    /** A translation of the source document. */
    public record Translation(Path file, String filterConfigId, LocaleId language) {
    }

    /** The batch item, with a {@code RawDocument} per input; the caller closes them ({@link #close}). */
    BatchItemContext batchItem(List<RawDocument> opened) {
        RawDocument main = new RawDocument(source.toUri(), "UTF-8", language);
        if (!targets.isEmpty()) {
            main.setTargetLocale(targets.get(0));
            main.setTargetLocales(targets);
        }
        main.setFilterConfigId(filterConfigId);
        opened.add(main);
        BatchItemContext item = new BatchItemContext(main, output, "UTF-8");
        for (Translation translation : translations) {
            RawDocument raw = new RawDocument(translation.file().toUri(), "UTF-8", translation.language());
            raw.setFilterConfigId(translation.filterConfigId());
            opened.add(raw);
            item.add(raw, null, "UTF-8");
        }
        return item;
    }

    static void close(List<RawDocument> opened) {
        opened.forEach(RawDocument::close);
        opened.clear();
    }

    static List<RawDocument> openedList() {
        return new ArrayList<>();
    }
}
