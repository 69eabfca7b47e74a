package org.tilmash.steps.write;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;

/**
 * A bilingual TMX for importing into a translation memory: the source and one target language, and only the units
 * whose translation is non-empty. A unit without the project's target language makes OmegaT 3.6 insert whatever
 * other language the unit has, and an empty {@code <seg>} is inserted as an empty translation: so neither is written.
 */
public final class BilingualTmxWriter extends TmxFileWriter {

    public BilingualTmxWriter(String toolVersion) {
        super(toolVersion);
    }

    @Override
    protected void writeUnit(TMXWriter tmx, ITextUnit unit, LocaleId target) {
        TextContainer translation = unit.getTarget(target);
        if (translation == null || !translation.hasText(false)) {
            return;
        }
        tmx.writeTU(unit.getSource().getFirstContent(), translation.getFirstContent(), unit.getName(), null);
    }
}
