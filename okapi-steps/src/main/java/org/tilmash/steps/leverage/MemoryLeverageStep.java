package org.tilmash.steps.leverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextFragment;
import org.tilmash.steps.slots.SlotFill;
import org.tilmash.tmx.memory.MemoryMatch;
import org.tilmash.tmx.memory.TranslationMemory;

/**
 * Fills translation slots from a translation memory. Runs after the slot and alignment steps, on paragraph text
 * units whose targets mirror the source segments.
 *
 * <p>First the whole paragraph: when a paragraph of several segments has no slot filled yet and the memory holds
 * its whole text as one unit (a multi-sentence UI string; a TMX written with {@code segtype="paragraph"}, as Okapi
 * Rainbow writes by default), its segments are joined into one, as a 2-1 alignment link joins them, and that unit
 * carries the memory's translation in every language the memory has it in; these fills are counted apart in the
 * report ({@code paragraphFills}). Otherwise, segment by segment: every still-empty target segment gets the best
 * exact match
 * ({@link SlotFill} {@code MEMORY_EXACT}; in-context first, the context being the document's preceding source
 * segment), or else up to {@value #MAX_SUGGESTIONS} fuzzy matches scoring at least the threshold as an Okapi
 * {@link AltTranslationsAnnotation}, which the XLIFF writer emits as {@code <alt-trans match-quality>} and which
 * leaves the slot empty. A slot already filled (by alignment) is never touched. The counts go into the report as a
 * {@link MemoryReport} on the END_DOCUMENT event.
 */
public final class MemoryLeverageStep extends BasePipelineStep {

    public static final int DEFAULT_FUZZY_THRESHOLD = 75;
    static final int MAX_SUGGESTIONS = 3;

    private final TranslationMemory memory;
    private final String memoryName;
    private final List<LocaleId> targets;
    private final int fuzzyThreshold;
    private final Map<String, Long> exactFills = new TreeMap<>();
    private final Map<String, Long> suggestions = new TreeMap<>();
    private final Map<String, Long> paragraphFills = new TreeMap<>();
    private LocaleId sourceLocale;
    private String previousSource;

    /**
     * @param memoryName     how the memory is named in the report and in fills without a recorded origin
     * @param fuzzyThreshold the lowest fuzzy score (0..100) offered as a suggestion
     */
    public MemoryLeverageStep(TranslationMemory memory, String memoryName, List<LocaleId> targets,
            int fuzzyThreshold) {
        this.memory = memory;
        this.memoryName = memoryName;
        this.targets = List.copyOf(targets);
        this.fuzzyThreshold = fuzzyThreshold;
    }

    @Override
    public String getName() {
        return "Memory leverage";
    }

    @Override
    public String getDescription() {
        return "Fills empty translation slots from exact memory matches and attaches fuzzy suggestions.";
    }

    @Override
    protected Event handleStartDocument(Event event) {
        sourceLocale = event.getStartDocument().getLocale();
        previousSource = null;
        exactFills.clear();
        suggestions.clear();
        paragraphFills.clear();
        targets.forEach(t -> {
            exactFills.put(t.toBCP47(), 0L);
            suggestions.put(t.toBCP47(), 0L);
            paragraphFills.put(t.toBCP47(), 0L);
        });
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!unit.isTranslatable() || leverageParagraph(unit)) {
            return event;
        }
        for (Segment source : unit.getSourceSegments()) {
            String text = source.text.getText();
            if (text.isBlank()) {
                continue;
            }
            for (LocaleId target : targets) {
                Segment slot = unit.hasTarget(target) ? unit.getTargetSegments(target).get(source.getId()) : null;
                if (slot != null && slot.text.isEmpty()) {
                    leverage(source.text, slot, target);
                }
            }
            previousSource = text;
        }
        return event;
    }

    /**
     * Fills the paragraph as one unit from a memory unit holding its whole text, if there is one and no slot of the
     * paragraph is filled yet (alignment comes first); true when it did.
     */
    private boolean leverageParagraph(ITextUnit unit) {
        ISegments sourceSegments = unit.getSource().getSegments();
        if (sourceSegments.count() < 2) {
            return false;
        }
        for (LocaleId target : targets) {
            if (unit.hasTarget(target)) {
                for (Segment slot : unit.getTargetSegments(target)) {
                    if (!slot.text.isEmpty()) {
                        return false;
                    }
                }
            }
        }
        String paragraph = unit.getSource().getUnSegmentedContentCopy().getText();
        Map<LocaleId, MemoryMatch> found = new LinkedHashMap<>();
        for (LocaleId target : targets) {
            if (unit.hasTarget(target)) {
                List<MemoryMatch> exact = memory.exact(paragraph, previousSource, target.getLanguage());
                if (!exact.isEmpty()) {
                    found.put(target, exact.get(0));
                }
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        while (sourceSegments.count() > 1) {
            sourceSegments.joinWithNext(0);
        }
        for (LocaleId target : unit.getTargetLocales()) {
            ISegments slots = unit.getTargetSegments(target);
            while (slots.count() > 1) {
                slots.joinWithNext(0);
            }
            // Joining empty slots keeps the space between them: the slot must stay empty.
            slots.get(0).text = new TextFragment();
        }
        for (Map.Entry<LocaleId, MemoryMatch> e : found.entrySet()) {
            fill(unit.getTargetSegments(e.getKey()).get(0), e.getValue());
            paragraphFills.merge(e.getKey().toBCP47(), 1L, Long::sum);
        }
        previousSource = paragraph;
        return true;
    }

    private void fill(Segment slot, MemoryMatch match) {
        slot.text = new TextFragment(match.target());
        slot.setAnnotation(new SlotFill(SlotFill.Origin.MEMORY_EXACT, 1.0,
                match.origin() == null ? memoryName : match.origin()));
    }

    private void leverage(TextFragment source, Segment slot, LocaleId target) {
        String text = source.getText();
        List<MemoryMatch> exact = memory.exact(text, previousSource, target.getLanguage());
        if (!exact.isEmpty()) {
            fill(slot, exact.get(0));
            exactFills.merge(target.toBCP47(), 1L, Long::sum);
            return;
        }
        List<MemoryMatch> fuzzy = memory.fuzzy(text, target.getLanguage(), fuzzyThreshold, MAX_SUGGESTIONS);
        if (fuzzy.isEmpty()) {
            return;
        }
        AltTranslationsAnnotation alternatives = new AltTranslationsAnnotation();
        for (MemoryMatch match : fuzzy) {
            alternatives.add(sourceLocale, target, source, new TextFragment(match.source()),
                    new TextFragment(match.target()), MatchType.FUZZY, (int) Math.floor(match.score()),
                    match.origin() == null ? memoryName : match.origin());
        }
        slot.setAnnotation(alternatives);
        suggestions.merge(target.toBCP47(), 1L, Long::sum);
    }

    @Override
    protected Event handleEndDocument(Event event) {
        event.getEnding().setAnnotation(new MemoryReport(memoryName, new TreeMap<>(exactFills),
                new TreeMap<>(suggestions), new TreeMap<>(paragraphFills), fuzzyThreshold));
        return event;
    }
}
