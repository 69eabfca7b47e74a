package org.tilmash.steps.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.skeleton.ISkeletonWriter;

/**
 * The Kazakh source as tilmash read it: repaired, one paragraph per line, segments joined by a space. A CAT tool
 * given this file (and tilmash's SRX rules) sees the very segments of our TMX; given the damaged original, it
 * would cut and spell them differently and match far fewer. Expects one text unit per segment in paragraph groups
 * (after {@link SegmentUnitsStep}); inline markup is dropped, so this is a text rendering of any format.
 */
public final class RepairedTextWriter implements IFilterWriter {

    private Path path;
    private OutputStream stream;
    private Writer out;
    private final StringBuilder paragraph = new StringBuilder();

    @Override
    public Event handleEvent(Event event) {
        try {
            switch (event.getEventType()) {
                case START_DOCUMENT -> out = new OutputStreamWriter(
                        stream != null ? stream : Files.newOutputStream(path), StandardCharsets.UTF_8);
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
            throw new OutputFailure(path, e);
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
    public void setOptions(LocaleId locale, String defaultEncoding) {
        // Always UTF-8, the source language only.
    }

    @Override
    public void setOutput(String path) {
        this.path = Path.of(path);
        this.stream = null;
    }

    @Override
    public void setOutput(OutputStream output) {
        this.stream = output;
        this.path = null;
    }

    @Override
    public String getName() {
        return "repaired text";
    }

    @Override
    public void cancel() {
        close();
    }

    @Override
    public IParameters getParameters() {
        return null;
    }

    @Override
    public void setParameters(IParameters params) {
        // No parameters: one paragraph per line, UTF-8.
    }

    @Override
    public EncoderManager getEncoderManager() {
        return null;
    }

    @Override
    public ISkeletonWriter getSkeletonWriter() {
        return null;
    }
}
