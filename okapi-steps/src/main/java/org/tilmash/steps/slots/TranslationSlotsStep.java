package org.tilmash.steps.slots;

import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.resource.ITextUnit;
import org.tilmash.steps.pipeline.TilmashStep;

/**
 * Gives every translatable text unit one target per target language, segmented exactly like its source and
 * with every segment empty: the translation slots that the alignment and leverage steps fill. A target that a
 * filter already extracted (a bilingual XLIFF source, say) is kept as it is. The languages come from the parameters
 * (ru-RU and en-US by default; empty: the pipeline's target locales) and are announced to the later steps as
 * {@link TranslationTargets} on the {@code StartDocument}.
 */
@UsingParameters(SlotsParameters.class)
public final class TranslationSlotsStep extends TilmashStep {

    private SlotsParameters params = new SlotsParameters();
    private List<LocaleId> targets = List.of();

    @Override
    public String getName() {
        return "Translation slots";
    }

    @Override
    public String getDescription() {
        return "Creates an empty target, segmented like the source, for each target language. "
                + "Expects: filter events, source segmented. Sends back: filter events with empty targets.";
    }

    @Override
    public SlotsParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (SlotsParameters) params;
    }

    @Override
    protected Event handleStartDocument(Event event) {
        // Without targets in the parameters, the pipeline's (no slot step has announced any yet).
        targets = params.getTargets().isEmpty() ? targets(event.getStartDocument()) : params.getTargets();
        event.getStartDocument().setAnnotation(new TranslationTargets(targets));
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit tu = event.getTextUnit();
        if (!tu.isTranslatable()) {
            return event;
        }
        for (LocaleId target : targets) {
            if (tu.hasTarget(target)) {
                continue;
            }
            // Without COPY_CONTENT, Okapi keeps the segment structure and leaves every segment empty.
            tu.createTarget(target, false, IResource.COPY_SEGMENTATION);
        }
        return event;
    }
}
