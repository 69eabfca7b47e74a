package org.tilmash.steps.repair;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.ISkeleton;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.MultiEvent;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;

/**
 * Repairs the damage Kazakh sources commonly carry, before segmentation.
 *
 * <p>Inside every text unit, whatever the format: removes characters XML 1.0 cannot carry, normalizes spaces,
 * rejoins hyphen-broken words, puts mixed-script words into one script ({@link InlineRepairs}).
 *
 * <p>On plain text only (Okapi's plain-text filter: one text unit per line, the line break and any blank lines
 * after it in the unit's skeleton), it also repairs the paragraphs: joins a line to the next when the break between
 * them is not a paragraph end ({@link LineJoin}; never across a blank line), and splits a line at each ".." joint
 * into one text unit per paragraph ({@link ParagraphJoints}; the new units get the id of the line and a suffix
 * "_2", "_3"...). A joined unit keeps the id and skeleton of its first line. To do this it holds back one unit, the
 * one the next line may be joined to, and nothing else. Units of other formats are never joined nor split.
 *
 * <p>The counts of repairs by kind go into the document's report, as the {@link RepairCounts} section attached to
 * the END_DOCUMENT ending.
 */
@UsingParameters() // No settings: leave the step out of the pipeline for no repair.
public class KazakhTextRepairStep extends BasePipelineStep {

    private static final String PLAIN_TEXT = "text/plain";

    private RepairCounts counts = new RepairCounts();
    private boolean plainText;
    /** The last line of plain text, not yet sent: the next line may belong to it. */
    private ITextUnit pending;
    /** The text of {@link #pending}, repaired so far. */
    private String pendingText;
    /** Whether {@link #pendingText} differs from the unit's text (the repairs return their input when it is whole). */
    private boolean pendingChanged;
    /** Whether a blank line follows the pending text: then nothing joins it. */
    private boolean pendingEndsParagraph;

    @Override
    public String getName() {
        return "Kazakh Text Repair";
    }

    @Override
    public String getDescription() {
        return "Repairs broken lines, paragraph joints, hyphen-broken words, mixed-script words, spaces and "
                + "characters XML cannot carry in Kazakh text. Expects: filter events. Sends back: filter events.";
    }

    @Override
    protected Event handleStartDocument(Event event) {
        counts = new RepairCounts();
        pending = null;
        plainText = PLAIN_TEXT.equals(event.getStartDocument().getMimeType());
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!plainText || !unit.isTranslatable() || unit.getSource().hasCode()
                || !unit.getSource().contentIsOneSegment()) {
            repairInside(unit);
            return pending == null ? event : sendPendingThen(event);
        }
        String original = unit.getSource().getFirstContent().getCodedText();
        String text = InlineRepairs.apply(original, true, counts);
        if (pending != null && !pendingEndsParagraph) {
            String joined = LineJoin.join(pendingText, text);
            if (joined != null) {
                counts.add(RepairKind.JOINED_LINES, 1);
                pendingText = joined;
                pendingChanged = true;
                pendingEndsParagraph = endsParagraph(unit);
                return Event.createNoopEvent();
            }
        }
        List<Event> out = pendingEvents();
        pending = unit;
        pendingText = text;
        pendingChanged = text != original;
        pendingEndsParagraph = endsParagraph(unit);
        return out.isEmpty() ? Event.createNoopEvent() : multi(out);
    }

    @Override
    protected Event handleEndDocument(Event event) {
        event.getEnding().setAnnotation(counts);
        return pending == null ? event : sendPendingThen(event);
    }

    @Override
    protected Event handleDocumentPart(Event event) {
        return pending == null ? event : sendPendingThen(event);
    }

    @Override
    protected Event handleStartGroup(Event event) {
        return pending == null ? event : sendPendingThen(event);
    }

    @Override
    protected Event handleEndGroup(Event event) {
        return pending == null ? event : sendPendingThen(event);
    }

    private Event sendPendingThen(Event event) {
        List<Event> out = pendingEvents();
        out.add(event);
        return multi(out);
    }

    /** The pending line as text units, one per paragraph; empties the pending slot. */
    private List<Event> pendingEvents() {
        List<Event> out = new ArrayList<>(2);
        if (pending == null) {
            return out;
        }
        List<String> paragraphs = ParagraphJoints.split(pendingText, counts);
        if (pendingChanged || paragraphs.size() > 1) {
            pending.setSourceContent(new TextFragment(paragraphs.get(0)));
        }
        out.add(new Event(EventType.TEXT_UNIT, pending));
        for (int i = 1; i < paragraphs.size(); i++) {
            ITextUnit paragraph = new TextUnit(pending.getId() + "_" + (i + 1), paragraphs.get(i), false,
                    pending.getMimeType());
            paragraph.setPreserveWhitespaces(pending.preserveWhitespaces());
            out.add(new Event(EventType.TEXT_UNIT, paragraph));
        }
        pending = null;
        pendingText = null;
        return out;
    }

    private void repairInside(ITextUnit unit) {
        for (TextPart part : unit.getSource()) {
            TextFragment content = part.getContent();
            String coded = content.getCodedText();
            String repaired = InlineRepairs.apply(coded, false, counts);
            if (!repaired.equals(coded)) {
                content.setCodedText(repaired);
            }
        }
    }

    /** Whether the unit's skeleton holds more than one line break: a blank line follows the line. */
    private static boolean endsParagraph(IResource unit) {
        ISkeleton skeleton = unit.getSkeleton();
        if (skeleton == null) {
            return false;
        }
        String text = skeleton.toString();
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks > 1;
    }

    private static Event multi(List<Event> events) {
        return new Event(EventType.MULTI_EVENT, new MultiEvent(events));
    }
}
