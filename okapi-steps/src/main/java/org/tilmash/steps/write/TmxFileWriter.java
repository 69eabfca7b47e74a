package org.tilmash.steps.write;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import org.tilmash.steps.write.FileFilterWriter;
import org.tilmash.core.OutputFailure;
import net.sf.okapi.common.XMLWriter;

/**
 * A TMX 1.4b filter writer around Okapi's {@link TMXWriter}, for one-unit-per-segment event streams. Okapi's own
 * {@code TMXFilterWriter} is not used because it writes {@code creationtool="unknown"} and {@code o-tmf="unknown"}
 * and every unit whatever its translations; subclasses decide which units and which languages go in.
 */
public abstract class TmxFileWriter extends FileFilterWriter {

    private final String toolVersion;
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
                    writeUnit(tmx, event.getTextUnit(), target());
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
        try {
            tmx = new TMXWriter(new XMLWriter(new OutputStreamWriter(openOutput(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new OutputFailure(outputPath(), e);
        }
        writeStart(tmx, document.getLocale(), target(), toolVersion);
    }

    /** Starts a TMX document as every tilmash TMX starts: the header, then {@code <body>}. */
    public static void writeStart(TMXWriter tmx, LocaleId source, LocaleId target, String toolVersion) {
        // segtype "sentence": every unit is one SRX segment. datatype "plaintext": segments carry no markup.
        tmx.writeStartDocument(source, target, "tilmash", toolVersion, "sentence", "tilmash", "plaintext");
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
    public String getName() {
        return "TMX 1.4b";
    }
}
