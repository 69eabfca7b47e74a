package org.tilmash.steps.write;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;

/**
 * The multilingual corpus: one unit per segment that has at least one translation, with the source variant and a
 * variant for every target language whose translation is non-empty (never an empty {@code <seg>}).
 */
public final class MultilingualTmxWriter extends TmxFileWriter {

    public MultilingualTmxWriter(String toolVersion) {
        super(toolVersion);
    }

    @Override
    protected void writeUnit(TMXWriter tmx, ITextUnit unit, LocaleId target) {
        for (LocaleId locale : unit.getTargetLocales()) {
            TextContainer translation = unit.getTarget(locale);
            if (translation.hasText(false)) {
                // Okapi writes the source and each non-empty target; the tuid is the unit's name.
                tmx.writeTUFull(unit);
                return;
            }
        }
    }
}
