package org.tilmash.steps.slots;

import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.StringParameters;

/** The settings of {@link TranslationSlotsStep}: the target languages, ru-RU and en-US by default. */
public final class SlotsParameters extends StringParameters {

    private static final String TARGETS = "targetLocales";

    @Override
    public void reset() {
        super.reset();
        setTargets(Languages.TARGETS);
    }

    /** The target languages; empty: the pipeline's target locales. */
    public List<LocaleId> getTargets() {
        return TranslationTargets.parse(getString(TARGETS));
    }

    public void setTargets(List<LocaleId> targets) {
        setString(TARGETS, TranslationTargets.format(targets));
    }
}
