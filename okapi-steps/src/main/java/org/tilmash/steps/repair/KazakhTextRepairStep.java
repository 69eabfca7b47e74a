package org.tilmash.steps.repair;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.ISkeleton;
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
 * after it in the unit's skeleton), it also repairs the paragraphs: joins a line to the next only where the document
 * shows a hard wrap ({@link LineJoin}: an initial or an open abbreviation at the line end, a word hyphenated across
 * the break, a full line in a wrapped layout; never across a blank line), and splits a line at each ".." joint into
 * one text unit per paragraph ({@link ParagraphJoints}; the new units get the id of the line and a suffix "_2",
 * "_3"...). A joined unit keeps the id and skeleton of its first line. Whether the layout is wrapped is judged from
 * the first {@link #LAYOUT_SAMPLE} lines ({@link WrappedLayout}), so the events up to there are held back; after
 * that it holds back one unit, the one the next line may be joined to. Units of other formats are never joined nor
 * split.
 *
 * <p>The counts of repairs by kind, and each join with its line and reason, go into the document's report, as the
 * {@link RepairCounts} section attached to the END_DOCUMENT ending.
 */
public class KazakhTextRepairStep extends BasePipelineStep {

    private static final String PLAIN_TEXT = "text/plain";
    /** Lines read before judging the layout: enough for a share of lengths, few enough to hold in memory. */
    static final int LAYOUT_SAMPLE = 200;

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
    /** The line (1-based) where the last line of the pending text is. */
    private long pendingLine;
    /** The line where the next text unit starts. */
    private long nextLine;
    /** The events held until the layout is judged; null once it is. */
    private List<Event> layoutSample;
    /** The lengths of the sampled lines that another line follows. */
    private List<Integer> sampledLengths;
    /** The wrap width of the document ({@link WrappedLayout}), 0 when not wrapped. */
    private int wrapWidth;

    @Override
    public Event handleEvent(Event event) {
        if (layoutSample == null) {
            return super.handleEvent(event);
        }
        layoutSample.add(event);
        if (event.isTextUnit() && lineBreaks(event.getTextUnit()) == 1) {
            String text = event.getTextUnit().getSource().toString().strip();
            sampledLengths.add(text.codePointCount(0, text.length()));
        }
        if (!event.isEndDocument() && sampledLengths.size() < LAYOUT_SAMPLE) {
            return Event.createNoopEvent();
        }
        wrapWidth = WrappedLayout.width(sampledLengths.stream().mapToInt(Integer::intValue).toArray());
        List<Event> held = layoutSample;
        layoutSample = null;
        sampledLengths = null;
        List<Event> out = new ArrayList<>();
        for (Event e : held) {
            Event result = super.handleEvent(e);
            if (result.isMultiEvent()) {
                ((MultiEvent) result.getResource()).forEach(out::add);
            } else if (!result.isNoop()) {
                out.add(result);
            }
        }
        return multi(out);
    }

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
        nextLine = 1 + lineBreaks(event.getStartDocument());
        wrapWidth = 0;
        if (plainText) {
            layoutSample = new ArrayList<>();
            sampledLengths = new ArrayList<>();
        }
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        long line = nextLine;
        nextLine += lineBreaks(unit);
        if (!plainText || !unit.isTranslatable() || unit.getSource().hasCode()
                || !unit.getSource().contentIsOneSegment()) {
            repairInside(unit);
            return pending == null ? event : sendPendingThen(event);
        }
        String original = unit.getSource().getFirstContent().getCodedText();
        String text = InlineRepairs.apply(original, true, counts);
        if (pending != null && !pendingEndsParagraph) {
            LineJoin.Reason why = LineJoin.why(pendingText, text, wrapWidth);
            if (why != null) {
                counts.addJoin(pendingLine, why);
                pendingText = LineJoin.join(pendingText, text, why);
                pendingChanged = true;
                pendingEndsParagraph = lineBreaks(unit) > 1;
                pendingLine = line;
                return Event.createNoopEvent();
            }
        }
        List<Event> out = pendingEvents();
        pending = unit;
        pendingText = text;
        pendingChanged = text != original;
        pendingEndsParagraph = lineBreaks(unit) > 1;
        pendingLine = line;
        return out.isEmpty() ? Event.createNoopEvent() : multi(out);
    }

    @Override
    protected Event handleEndDocument(Event event) {
        event.getEnding().setAnnotation(counts);
        return pending == null ? event : sendPendingThen(event);
    }

    @Override
    protected Event handleDocumentPart(Event event) {
        nextLine += lineBreaks(event.getResource());
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

    /**
     * The line breaks in the resource's skeleton: for a line of plain text, 1 when another line follows, more when
     * blank lines follow (a paragraph end).
     */
    private static int lineBreaks(IResource resource) {
        ISkeleton skeleton = resource.getSkeleton();
        if (skeleton == null) {
            return 0;
        }
        String text = skeleton.toString();
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static Event multi(List<Event> events) {
        return new Event(EventType.MULTI_EVENT, new MultiEvent(events));
    }
}
