package org.tilmash.tmx;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.skeleton.ISkeletonWriter;
import net.sf.okapi.common.XMLWriter;

/**
 * A TMX 1.4b filter writer around Okapi's {@link TMXWriter}, for one-unit-per-segment event streams. Okapi's own
 * {@code TMXFilterWriter} is not used because it writes {@code creationtool="unknown"} and {@code o-tmf="unknown"}
 * and every unit whatever its translations; subclasses decide which units and which languages go in.
 */
public abstract class TmxFileWriter implements IFilterWriter {

    private final String toolVersion;
    private LocaleId target;
    private String path;
    private OutputStream stream;
    private TMXWriter tmx;

    protected TmxFileWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** Writes the unit, or nothing when it holds no translation worth keeping. */
    protected abstract void writeUnit(TMXWriter tmx, ITextUnit unit, LocaleId target);

    @Override
    public Event handleEvent(Event event) {
        switch (event.getEventType()) {
            case START_DOCUMENT -> start(event.getStartDocument());
            case TEXT_UNIT -> {
                if (event.getTextUnit().isTranslatable()) {
                    writeUnit(tmx, event.getTextUnit(), target);
                }
            }
            case END_DOCUMENT -> close();
            default -> {
                // Groups, document parts: nothing to write in a memory.
            }
        }
        return event;
    }

    private void start(StartDocument document) {
        tmx = stream != null
                ? new TMXWriter(new XMLWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)))
                : new TMXWriter(path);
        // segtype "sentence": every unit is one SRX segment. datatype "plaintext": segments carry no markup.
        tmx.writeStartDocument(document.getLocale(), target, "tilmash", toolVersion, "sentence", "tilmash",
                "plaintext");
    }

    @Override
    public void close() {
        if (tmx != null) {
            tmx.writeEndDocument();
            tmx.close();
            tmx = null;
        }
    }

    @Override
    public void setOptions(LocaleId locale, String defaultEncoding) {
        this.target = locale;
    }

    @Override
    public void setOutput(String path) {
        this.path = path;
        this.stream = null;
    }

    @Override
    public void setOutput(OutputStream output) {
        this.stream = output;
        this.path = null;
    }

    @Override
    public String getName() {
        return "TMX 1.4b";
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
        // No parameters: the output form is fixed by what CAT tools accept (see the class comment).
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
