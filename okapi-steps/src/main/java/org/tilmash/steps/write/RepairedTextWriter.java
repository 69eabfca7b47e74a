package org.tilmash.steps.write;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.sf.okapi.common.Event;
import org.tilmash.core.OutputFailure;

/**
 * The Kazakh source as tilmash read it: repaired, one paragraph per line, segments joined by a space. A CAT tool
 * given this file (and tilmash's SRX rules) sees the very segments of our TMX; given the damaged original, it
 * would cut and spell them differently and match far fewer. Expects one text unit per segment in paragraph groups
 * (after {@link SegmentUnitsStep}); inline markup is dropped, so this is a text rendering of any format.
 */
public final class RepairedTextWriter extends FileFilterWriter {

    private Writer out;
    private final StringBuilder paragraph = new StringBuilder();

    @Override
    public Event handleEvent(Event event) {
        try {
            switch (event.getEventType()) {
                case START_DOCUMENT -> out = new OutputStreamWriter(openOutput(), StandardCharsets.UTF_8);
                case START_GROUP -> paragraph.setLength(0);
                case TEXT_UNIT -> {
                    if (event.getTextUnit().isTranslatable()) {
                        String text = event.getTextUnit().getSource().getUnSegmentedContentCopy().getText();
                        paragraph.append(paragraph.length() == 0 ? "" : " ").append(text.strip());
                    }
                }
                case END_GROUP -> {
                    if (paragraph.length() > 0) {
                        out.write(paragraph.toString());
                        out.write('\n');
                        paragraph.setLength(0);
                    }
                }
                case END_DOCUMENT -> close();
                default -> {
                    // Document parts and skeleton: not text to translate.
                }
            }
        } catch (IOException e) {
            throw new OutputFailure(outputPath(), e);
        }
        return event;
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                out = null;
            }
        }
    }

    @Override
    public String getName() {
        return "repaired text";
    }
}
