package org.tilmash.steps.write;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.RenumberingUtil;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;

/**
 * A bilingual TMX for importing into a translation memory: the source and one target language, and only the units
 * whose translation is non-empty. A unit without the project's target language makes OmegaT 3.6 insert whatever
 * other language the unit has, and an empty {@code <seg>} is inserted as an empty translation: so neither is written.
 *
 * <p>Inline codes are written as a CAT tool shows the XLIFF's: letter-coded ({@code <bpt i="1" x="1">&lt;g0&gt;</bpt>},
 * {@code <ph x="2">&lt;x1/&gt;</ph>}, Okapi's mode for OmegaT), numbered from 1 in each unit. A CAT tool matches a
 * memory unit with tags only when its tags are the segment's: OmegaT 3.6 (with "Display tags" of its External TMX
 * options) names a TMX tag after the first letter of its content and numbers it from {@code x}, and names the XLIFF's
 * {@code <g id="2">} {@code <g0>} when it opens the segment; the document's own code data (Okapi's {@code <run1>}
 * for a DOCX run) would make it {@code <r0>}, and a paragraph's code ids would shift the numbers. The document's
 * codes stay in the multilingual corpus ({@link MultilingualTmxWriter}).
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
        TextFragment source = unit.getSource().getFirstContent().clone();
        TextFragment translated = translation.getFirstContent().clone();
        // Letter-coded mode set after the header: set before, Okapi's writer would also write creationtool="OmegaT".
        tmx.setLetterCodedMode(true, true);
        int offset = RenumberingUtil.calculateCodeOffset(source);
        shift(source, offset);
        shift(translated, offset);
        tmx.writeTU(source, translated, unit.getName(), null);
    }

    /**
     * Code ids less {@code offset}: the paragraph's numbering made the unit's, from 1. The {@code x} a code kept
     * from a TMX it was read from goes: Okapi would write it instead of the id.
     */
    private static void shift(TextFragment fragment, int offset) {
        for (Code code : fragment.getCodes()) {
            code.removeProperty(Property.TMX_x);
            if (code.getId() > offset) {
                code.setId(code.getId() - offset);
            }
        }
    }
}
