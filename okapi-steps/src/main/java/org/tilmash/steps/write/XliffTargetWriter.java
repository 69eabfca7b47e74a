package org.tilmash.steps.write;

import java.util.function.Function;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.StartSubDocument;
import net.sf.okapi.common.resource.TextContainer;
import org.tilmash.core.Translated;

/**
 * Okapi's {@link XLIFFWriter}, set up for translators' XLIFF 1.2: a {@code <tool>} header, {@code original} as the
 * caller gives it (relative, never an absolute path), {@code state="translated"} on filled targets and
 * {@code state="needs-translation"} on empty ones, and {@code <alt-trans>} for memory suggestions.
 *
 * <p>It also keeps Okapi's private {@code okp:inputEncoding} attribute out of {@code <file>}: the strict XLIFF 1.2
 * schema validates foreign attributes strictly, and no schema for that namespace exists.
 */
public final class XliffTargetWriter extends DelegatingFilterWriter {

    private final XLIFFWriter writer;
    private final Function<StartDocument, String> original;
    private String documentOriginal;

    /**
     * @param toolVersion the version written in {@code <tool tool-version>}
     * @param original    the value of {@code <file original>} for a document
     */
    public XliffTargetWriter(String toolVersion, Function<StartDocument, String> original) {
        this(new XLIFFWriter(), toolVersion, original);
    }

    private XliffTargetWriter(XLIFFWriter writer, String toolVersion, Function<StartDocument, String> original) {
        super(writer);
        this.writer = writer;
        this.original = original;
        XLIFFWriterParameters params = writer.getParameters();
        params.setToolId("tilmash");
        params.setToolName("tilmash");
        params.setToolVersion(toolVersion);
        params.setIncludeAltTrans(true);
        params.setCopySource(false);
        params.setPlaceholderMode(true);
        // ITS attributes on <xliff> would need the ITS schema, which strict XLIFF 1.2 validation does not have.
        params.setIncludeIts(false);
    }

    @Override
    public Event handleEvent(Event event) {
        if (event.getEventType() == EventType.START_DOCUMENT) {
            return startDocument(event);
        }
        if (event.getEventType() == EventType.TEXT_UNIT) {
            return writeUnit(event);
        }
        if (event.getEventType() == EventType.START_SUBDOCUMENT) {
            return startSubDocument(event);
        }
        return writer.handleEvent(event);
    }

    /** The state is this file's view of the slot; it is removed again so that other writers do not see it. */
    private Event writeUnit(Event event) {
        TextContainer slot = event.getTextUnit().getTarget(target());
        if (slot == null) {
            return writer.handleEvent(event);
        }
        String state = slot.hasText(false) ? Translated.STATE_TRANSLATED : Translated.STATE_NEEDS_TRANSLATION;
        slot.setProperty(new Property(Property.STATE, state));
        try {
            return writer.handleEvent(event);
        } finally {
            slot.removeProperty(Property.STATE);
        }
    }

    /**
     * A container format (DOCX) has sub-documents, each a {@code <file>}: its {@code original} is the document's
     * too, so that {@code merge} finds the source whatever part the first {@code <file>} comes from.
     */
    private Event startSubDocument(Event event) {
        StartSubDocument part = event.getStartSubDocument();
        String name = part.getName();
        part.setName(documentOriginal);
        try {
            return writer.handleEvent(event);
        } finally {
            part.setName(name);
        }
    }

    private Event startDocument(Event event) {
        StartDocument document = event.getStartDocument();
        documentOriginal = original.apply(document);
        String encoding = document.getEncoding();
        boolean bom = document.hasUTF8BOM();
        String name = document.getName();
        document.setName(original.apply(document));
        document.setEncoding(null, false);
        try {
            return writer.handleEvent(event);
        } finally {
            // The event goes on to other writers: they see the document as it came.
            document.setName(name);
            document.setEncoding(encoding, bom);
        }
    }

    @Override
    public String getName() {
        return "XLIFF 1.2";
    }
}
