package org.tilmash.steps.write;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.StartGroup;
import net.sf.okapi.common.resource.StartSubDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.filters.xliff2.XLIFF2FilterWriter;
import net.sf.okapi.filters.xliff2.Parameters;

/**
 * Okapi's XLIFF 2 filter writer, set up for XLIFF 2.1: the same units, groups and targets as
 * {@link XliffTargetWriter} writes in 1.2, with {@code version="2.1"}, {@code <file original>} the document's
 * (relative) path, each filled segment {@code state="translated"}, an empty one without target (state initial).
 */
public final class Xliff2TargetWriter extends DelegatingFilterWriter {

    public static final String VERSION = "2.1";

    private final Function<StartDocument, String> original;

    /** @param original the value of {@code <file original>} for a document */
    public Xliff2TargetWriter(Function<StartDocument, String> original) {
        super(new XLIFF2FilterWriter(new Parameters(), new EncoderManager()));
        this.original = original;
    }

    /**
     * One {@code <file>} per document, opened here: Okapi's converter opens one only for a sub-document, which a
     * single-part format never has, and a container format (DOCX) has several.
     */
    @Override
    public Event handleEvent(Event event) {
        switch (event.getEventType()) {
            case START_DOCUMENT -> {
                StartDocument document = event.getStartDocument();
                document.setProperty(new Property("version", VERSION));
                writer().handleEvent(event);
                StartSubDocument file = new StartSubDocument(document.getId(), "f1");
                file.setName(original.apply(document));
                writer().handleEvent(new Event(EventType.START_SUBDOCUMENT, file));
            }
            case END_DOCUMENT -> {
                writer().handleEvent(new Event(EventType.END_SUBDOCUMENT, new Ending("f1-end")));
                writer().handleEvent(event);
            }
            case START_GROUP -> {
                // The converter takes a group's id from its "id" property.
                StartGroup group = event.getStartGroup();
                StartGroup copy = new StartGroup(group.getParentId(), group.getId());
                copy.setProperty(new Property("id", group.getId()));
                writer().handleEvent(new Event(EventType.START_GROUP, copy));
            }
            case END_GROUP -> writer().handleEvent(event);
            case TEXT_UNIT -> writeUnit(event.getTextUnit());
            default -> {
                // sub-documents and document parts: nothing of them goes into the XLIFF
            }
        }
        return event;
    }

    /**
     * XLIFF 2 code ids come from the codes' original ids; Okapi's filters do not always set them, so each code
     * without one is given its own id (the same in source and target, so they pair). An empty slot is written as no
     * target (an empty one would lack the source's codes), and a source code that the translation lacks (flagged in
     * the note when the slot was filled) is marked deletable, as XLIFF 2 requires. All on a copy of the unit.
     */
    private void writeUnit(ITextUnit original) {
        ITextUnit unit = original.clone();
        giveOriginalIds(unit.getSource());
        TextContainer slot = target() == null ? null : unit.getTarget(target());
        if (slot != null && !slot.hasText(false)) {
            unit.removeTarget(target());
        } else if (slot != null) {
            giveOriginalIds(slot);
            Set<String> inTarget = new HashSet<>();
            for (TextPart part : slot) {
                part.getContent().getCodes().forEach(code -> inTarget.add(code.getOriginalId()));
            }
            for (TextPart part : unit.getSource()) {
                for (Code code : part.getContent().getCodes()) {
                    if (!inTarget.contains(code.getOriginalId())) {
                        code.setDeleteable(true);
                    }
                }
            }
            for (Segment segment : unit.getSource().getSegments()) {
                segment.setProperty(new Property("state", "translated"));
            }
        }
        writer().handleEvent(new Event(EventType.TEXT_UNIT, unit));
    }

    private static void giveOriginalIds(TextContainer container) {
        for (TextPart part : container) {
            for (Code code : part.getContent().getCodes()) {
                if (code.getOriginalId() == null) {
                    code.setOriginalId(Integer.toString(code.getId()));
                }
            }
        }
    }

    @Override
    public String getName() {
        return "XLIFF " + VERSION;
    }
}
