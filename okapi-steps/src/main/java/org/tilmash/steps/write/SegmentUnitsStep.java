package org.tilmash.steps.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.MultiEvent;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartGroup;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;
import org.tilmash.steps.slots.SlotFill;

/**
 * Turns each segmented paragraph into a group holding one text unit per segment, so that every writer downstream
 * (Okapi's XLIFF writer, the TMX writers) emits exactly one unit per segment and all consumers, CAT tools and
 * Translate Toolkit alike, count the same units.
 *
 * <p>Ids are positional and so stable across runs of the same input: group {@code pN} for the N-th paragraph of the
 * document, unit {@code pN-sM} for its M-th segment. Whitespace between segments is dropped (SRX trims it); any other
 * text or inline code between segments is appended to the preceding segment so that nothing is lost.
 *
 * <p>Okapi's own {@code ConvertSegmentsToTextUnitsStep} is not used: with several target languages it emits one unit
 * per segment and per language, with ids that repeat, and it writes no paragraph groups.
 */
@UsingParameters() // No settings.
public final class SegmentUnitsStep extends BasePipelineStep {

    /** The type of the group that holds a paragraph's segment units. */
    public static final String PARAGRAPH_GROUP = "x-paragraph";

    private int paragraph;

    @Override
    public String getName() {
        return "Segment units";
    }

    @Override
    public String getDescription() {
        return "Splits each paragraph text unit into a group of one text unit per segment. "
                + "Expects: filter events, source segmented. Sends back: filter events, a group of units per paragraph.";
    }

    @Override
    protected Event handleStartDocument(Event event) {
        paragraph = 0;
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit tu = event.getTextUnit();
        if (!isParagraph(tu)) {
            return event;
        }
        paragraph++;
        String groupId = "p" + paragraph;
        List<Event> events = new ArrayList<>();
        StartGroup group = new StartGroup(null, groupId);
        group.setType(PARAGRAPH_GROUP);
        events.add(new Event(EventType.START_GROUP, group));
        int number = 0;
        for (SourceSpan span : spans(tu.getSource())) {
            number++;
            events.add(new Event(EventType.TEXT_UNIT, unitFor(tu, span, groupId + "-s" + number)));
        }
        events.add(new Event(EventType.END_GROUP, new Ending(groupId + "-end")));
        return new Event(EventType.MULTI_EVENT, new MultiEvent(events));
    }

    /**
     * Whether a text unit becomes a paragraph group {@code pN}: translatable and with text. Steps that name units
     * for reviewers count paragraphs with this, so their numbers match the XLIFF.
     */
    public static boolean isParagraph(ITextUnit tu) {
        return tu.isTranslatable() && tu.getSource().hasText(false);
    }

    /** A source segment plus any non-whitespace text that follows it before the next segment. */
    private record SourceSpan(Segment segment, TextFragment text) {
    }

    private static List<SourceSpan> spans(TextContainer source) {
        List<SourceSpan> spans = new ArrayList<>();
        TextFragment pendingLead = null;
        for (TextPart part : source.getParts()) {
            if (part.isSegment()) {
                TextFragment text = part.text.clone();
                if (pendingLead != null) {
                    text.insert(0, pendingLead);
                    pendingLead = null;
                }
                spans.add(new SourceSpan((Segment) part, text));
            } else if (!part.text.getText().isBlank() || part.text.hasCode()) {
                if (spans.isEmpty()) {
                    pendingLead = pendingLead == null ? part.text.clone() : append(pendingLead, part.text);
                } else {
                    spans.get(spans.size() - 1).text().append(part.text.clone());
                }
            }
        }
        if (pendingLead != null) {
            spans.add(new SourceSpan(null, pendingLead));
        }
        return spans;
    }

    private static TextFragment append(TextFragment to, TextFragment more) {
        to.append(more.clone());
        return to;
    }

    private static ITextUnit unitFor(ITextUnit paragraph, SourceSpan span, String id) {
        ITextUnit unit = new TextUnit(id);
        unit.setName(id);
        unit.setMimeType(paragraph.getMimeType());
        unit.setPreserveWhitespaces(paragraph.preserveWhitespaces());
        unit.setSourceContent(span.text());
        Set<LocaleId> targets = paragraph.getTargetLocales();
        for (LocaleId locale : targets) {
            TextContainer target = unit.createTarget(locale, true, 0);
            Segment slot = span.segment() == null ? null
                    : paragraph.getTargetSegments(locale).get(span.segment().getId());
            if (slot == null) {
                continue;
            }
            target.getFirstSegment().text = slot.text.clone();
            AltTranslationsAnnotation suggestions = slot.getAnnotation(AltTranslationsAnnotation.class);
            if (suggestions != null) {
                target.setAnnotation(suggestions);
            }
            SlotFill fill = slot.getAnnotation(SlotFill.class);
            if (fill != null && !slot.text.isEmpty()) {
                target.setAnnotation(fill);
                target.setAnnotation(noteFor(fill));
            }
        }
        return unit;
    }

    /** Tells the reviewer, inside the XLIFF, where a translation came from (a target note, so per language). */
    private static NoteAnnotation noteFor(SlotFill fill) {
        String origin = fill.origin().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String detail = fill.detail() == null || fill.detail().isEmpty() ? "" : " (" + fill.detail() + ")";
        Note note = new Note(String.format(Locale.ROOT, "%s%s, confidence %.2f", origin, detail, fill.confidence()));
        note.setFrom("tilmash");
        NoteAnnotation notes = new NoteAnnotation();
        notes.add(note);
        return notes;
    }
}
