package org.tilmash.steps.leverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.query.QueryResult;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextFragment;
import org.tilmash.steps.pipeline.TilmashStep;
import org.tilmash.steps.slots.SlotFill;
import org.tilmash.tmx.connector.TilmashMemoryConnector;

/**
 * Fills translation slots from a translation memory, through our Okapi connector ({@link TilmashMemoryConnector},
 * one per target language). Runs after the slot and alignment steps, on paragraph text units whose targets mirror
 * the source segments.
 *
 * <p>First the whole paragraph: when a paragraph of several segments has no slot filled yet and the memory holds
 * its whole text as one unit (a multi-sentence UI string; a TMX written with {@code segtype="paragraph"}, as Okapi
 * Rainbow writes by default), its segments are joined into one, as a 2-1 alignment link joins them, and that unit
 * carries the memory's translation in every language the memory has it in; these fills are counted apart in the
 * report ({@code paragraphFills}). Otherwise, segment by segment: every still-empty target segment gets the best
 * exact match ({@link SlotFill}
 * {@code MEMORY_EXACT}; in-context first, the context being the document's preceding source segment), or else up to
 * {@value TilmashMemoryConnector#DEFAULT_MAXIMUM_HITS} fuzzy matches scoring at least the threshold as an Okapi
 * {@link AltTranslationsAnnotation}, which the XLIFF writer emits as {@code <alt-trans match-quality>} and which leaves
 * the slot empty. A slot already filled (by alignment) is never touched. The counts go into the report as a
 * {@link MemoryReport} on the END_DOCUMENT event. Without a memory in its parameters the step passes events on.
 */
@UsingParameters(LeverageParameters.class)
public final class MemoryLeverageStep extends TilmashStep {

    public static final int DEFAULT_FUZZY_THRESHOLD = TilmashMemoryConnector.DEFAULT_THRESHOLD;

    private LeverageParameters params = new LeverageParameters();
    private LocaleId sourceLocale;
    private List<LocaleId> targets = List.of();
    private final Map<LocaleId, TilmashMemoryConnector> connectors = new LinkedHashMap<>();
    private final Map<String, Long> exactFills = new TreeMap<>();
    private final Map<String, Long> suggestions = new TreeMap<>();
    private final Map<String, Long> paragraphFills = new TreeMap<>();

    @Override
    public String getName() {
        return "Memory leverage";
    }

    @Override
    public String getDescription() {
        return "Fills empty translation slots from exact memory matches and attaches fuzzy suggestions. "
                + "Expects: filter events with target slots. Sends back: filter events, slots filled.";
    }

    @Override
    public LeverageParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (LeverageParameters) params;
    }

    @StepParameterMapping(parameterType = StepParameterType.SOURCE_LOCALE)
    public void setSourceLocale(LocaleId sourceLocale) {
        this.sourceLocale = sourceLocale;
    }

    private boolean enabled() {
        return !params.getMemoryDirectory().isEmpty();
    }

    @Override
    protected Event handleStartDocument(Event event) {
        if (!enabled()) {
            return event;
        }
        LocaleId source = event.getStartDocument().getLocale() != null ? event.getStartDocument().getLocale()
                : sourceLocale;
        targets = targets(event.getStartDocument());
        exactFills.clear();
        suggestions.clear();
        paragraphFills.clear();
        for (LocaleId target : targets) {
            exactFills.put(target.toBCP47(), 0L);
            suggestions.put(target.toBCP47(), 0L);
            paragraphFills.put(target.toBCP47(), 0L);
            connector(target).setLanguages(source, target);
        }
        return event;
    }

    private TilmashMemoryConnector connector(LocaleId target) {
        return connectors.computeIfAbsent(target, t -> {
            TilmashMemoryConnector connector = new TilmashMemoryConnector();
            connector.setParameters(params);
            connector.setRootDirectory(rootDirectory());
            connector.setThreshold(params.getFuzzyThreshold());
            connector.open();
            return connector;
        });
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!enabled() || !unit.isTranslatable() || leverageParagraph(unit)) {
            return event;
        }
        for (LocaleId target : targets) {
            if (!unit.hasTarget(target)) {
                continue;
            }
            connectors.get(target).leverage(unit);
            for (Segment slot : unit.getTargetSegments(target)) {
                settle(slot, target);
            }
        }
        return event;
    }

    /**
     * Fills the paragraph as one unit from a memory unit holding its whole text, if there is one and no slot of the
     * paragraph is filled yet (alignment comes first); true when it did.
     */
    private boolean leverageParagraph(ITextUnit unit) {
        ISegments sourceSegments = unit.getSource().getSegments();
        if (!params.getWholeParagraphs() || sourceSegments.count() < 2) {
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
        Map<LocaleId, QueryResult> found = new LinkedHashMap<>();
        for (LocaleId target : targets) {
            if (unit.hasTarget(target)) {
                exactMatch(connectors.get(target), paragraph).ifPresent(match -> found.put(target, match));
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
        for (Map.Entry<LocaleId, QueryResult> e : found.entrySet()) {
            fill(unit.getTargetSegments(e.getKey()).get(0), e.getValue().target.getText(), e.getValue().origin);
            paragraphFills.merge(e.getKey().toBCP47(), 1L, Long::sum);
        }
        // The next segment's context is this paragraph.
        connectors.values().forEach(c -> c.setAttribute(TilmashMemoryConnector.CONTEXT_ATTRIBUTE, paragraph));
        return true;
    }

    /** The connector's best exact match for a text (exact only: the threshold at 100 for the query). */
    private Optional<QueryResult> exactMatch(TilmashMemoryConnector connector, String text) {
        connector.setThreshold(100);
        try {
            return connector.query(text) > 0 ? Optional.of(connector.next()) : Optional.empty();
        } finally {
            connector.setThreshold(params.getFuzzyThreshold());
        }
    }

    private static void fill(Segment slot, String translation, String origin) {
        slot.text = new TextFragment(translation);
        slot.setAnnotation(new SlotFill(SlotFill.Origin.MEMORY_EXACT, 1.0, origin));
    }

    /** The connector's best match is exact: fill the slot with it; fuzzy: leave the suggestions, slot empty. */
    private void settle(Segment slot, LocaleId target) {
        AltTranslationsAnnotation matches = slot.getAnnotation(AltTranslationsAnnotation.class);
        if (matches == null || !slot.text.isEmpty()) {
            return;
        }
        AltTranslation best = matches.getFirst();
        if (best.getCombinedScore() >= 100) {
            fill(slot, best.getTarget().getFirstContent().getText(), best.getOrigin());
            slot.getAnnotations().remove(AltTranslationsAnnotation.class);
            exactFills.merge(target.toBCP47(), 1L, Long::sum);
        } else {
            suggestions.merge(target.toBCP47(), 1L, Long::sum);
        }
    }

    @Override
    protected Event handleEndDocument(Event event) {
        if (enabled()) {
            String name = connectors.isEmpty() ? params.getMemoryName()
                    : connectors.values().iterator().next().getMemoryName();
            event.getEnding().setAnnotation(new MemoryReport(name, new TreeMap<>(exactFills),
                    new TreeMap<>(suggestions), new TreeMap<>(paragraphFills), params.getFuzzyThreshold()));
        }
        return event;
    }

    @Override
    public void destroy() {
        connectors.values().forEach(TilmashMemoryConnector::close);
        connectors.clear();
    }
}
