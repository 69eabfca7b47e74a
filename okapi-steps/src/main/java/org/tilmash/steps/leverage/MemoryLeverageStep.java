package org.tilmash.steps.leverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.tilmash.steps.pipeline.TilmashStep;
import org.tilmash.steps.slots.SlotFill;
import org.tilmash.tmx.connector.TilmashMemoryConnector;

/**
 * Fills translation slots from a translation memory, through our Okapi connector ({@link TilmashMemoryConnector},
 * one per target language): every still-empty target segment gets the best exact match ({@link SlotFill}
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
        for (LocaleId target : targets) {
            exactFills.put(target.toBCP47(), 0L);
            suggestions.put(target.toBCP47(), 0L);
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
        if (!enabled() || !unit.isTranslatable()) {
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

    /** The connector's best match is exact: fill the slot with it; fuzzy: leave the suggestions, slot empty. */
    private void settle(Segment slot, LocaleId target) {
        AltTranslationsAnnotation matches = slot.getAnnotation(AltTranslationsAnnotation.class);
        if (matches == null || !slot.text.isEmpty()) {
            return;
        }
        AltTranslation best = matches.getFirst();
        if (best.getCombinedScore() >= 100) {
            TextContainer translation = best.getTarget();
            slot.text = new TextFragment(translation.getFirstContent().getText());
            slot.setAnnotation(new SlotFill(SlotFill.Origin.MEMORY_EXACT, 1.0, best.getOrigin()));
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
                    new TreeMap<>(suggestions), params.getFuzzyThreshold()));
        }
        return event;
    }

    @Override
    public void destroy() {
        connectors.values().forEach(TilmashMemoryConnector::close);
        connectors.clear();
    }
}
