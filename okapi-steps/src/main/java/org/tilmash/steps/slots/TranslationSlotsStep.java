package org.tilmash.steps.slots;

import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.ITextUnit;

/**
 * Gives every translatable text unit one target per target language, segmented exactly like its source and
 * with every segment empty: the translation slots that the alignment and leverage steps fill. A target that a
 * filter already extracted (a bilingual XLIFF source, say) is kept as it is.
 */
public final class TranslationSlotsStep extends BasePipelineStep {

    private final List<LocaleId> targets;

    public TranslationSlotsStep(List<LocaleId> targets) {
        this.targets = List.copyOf(targets);
    }

    @Override
    public String getName() {
        return "Translation slots";
    }

    @Override
    public String getDescription() {
        return "Creates an empty target, segmented like the source, for each target language.";
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
