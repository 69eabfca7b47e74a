package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

/**
 * The round trip of a DOCX source through a real CAT tool: {@code run} on the UDHR in DOCX (bold, italic and link
 * runs in every paragraph) with its Russian DOCX; OmegaT 3.6, headless, translates our {@code kk-ru.xlf} pre-filled
 * from our {@code kk-ru.tmx}; {@code merge --documents} writes {@code udhr.ru.docx}; read back with Okapi's OpenXML
 * filter, every paragraph has the Russian text with the source's runs.
 *
 * <p>What a translator does for OmegaT 3.6, whose XLIFF filter translates the text of {@code <target>} (the
 * "source=target" form): every target becomes a copy of its source, to be translated ({@link #forOmegaT}). OmegaT
 * then fills each segment whose source, tags included, is a unit of the memory. It never changes a {@code state},
 * so the returned file is merged with {@code --translated-states needs-translation}; a target it left untranslated
 * is a copy of the source, which merge never takes as a translation.
 */
class OmegaTDocxRoundTripTest {

    /** A unit of our XLIFF: its Kazakh source, then its target (any state, any text). */
    private static final Pattern UNIT = Pattern.compile(
            "(<source xml:lang=\"kk-KZ\">(.*?)</source>\\s*<target xml:lang=\"[^\"]+\")[^>]*>.*?</target>",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    /** {@code xliff} with every target a copy of its source, in state needs-translation. */
    static String forOmegaT(String xliff) {
        Matcher m = UNIT.matcher(xliff);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + " state=\"needs-translation\">" + m.group(2) + "</target>"));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void omegatTranslatesTheDocxXliffFromOurMemoryAndMergeWritesTheRussianDocx() throws Exception {
        // udhr-notes (line breaks, footnote references) goes round too, but for article 4, whose Russian lacks the
        // Kazakh line break: OmegaT 3.6 numbers a memory's placeholders by position, not by x, and the footnote
        // reference after the missing break comes back as the text "<x2/>" (README, OmegaT's limits).
        String name = "udhr";
        OmegaT.requireInstalled();
        Path kk = FormattedTranslationsTest.copy(dir, name + ".kk.docx", name + ".ru.docx");
        Path out = dir.resolve("out");
        Sample.Result run = Sample.tilmash("run", kk.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path xliff = out.resolve(name + ".kk-ru.xlf");
        int units = 0;
        int translated = 0;
        int tagged = 0;
        for (ITextUnit unit : OurXliff.units(xliff, Languages.RUSSIAN)) {
            units++;
            TextContainer target = unit.getTarget(Languages.RUSSIAN);
            Property state = target == null ? null : target.getProperty(Property.STATE);
            translated += state != null && "translated".equals(state.getValue()) ? 1 : 0;
            tagged += unit.getSource().getUnSegmentedContentCopy().hasCode() ? 1 : 0;
        }
        assertTrue(tagged >= 10, "units with inline codes: " + tagged + " of " + units);

        Path translator = Files.writeString(dir.resolve(name + ".kk-ru.xlf"),
                forOmegaT(Files.readString(xliff, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        OmegaT.Translation omegat = OmegaT.translateXliff(translator, out.resolve(name + ".kk-ru.tmx"),
                Languages.RUSSIAN, dir.resolve("omegat"));
        assertEquals(units, omegat.segments(), "one OmegaT segment per unit");
        assertEquals(units - translated, omegat.remaining(), "OmegaT fills every unit our memory holds");

        // The translator returns OmegaT's file in place of ours.
        Files.writeString(xliff, omegat.target(), StandardCharsets.UTF_8);
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--translated-states", "needs-translation",
                "--tm", dir.resolve("tm").toString(), "--documents", dir.resolve("docs").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains(name + ".ru.docx: written; " + (units - translated) + " units"),
                merge.out());
        MergeDocumentsTest.assertDocx(dir.resolve("docs/" + name + ".ru.docx"), kk, dir.resolve(name + ".ru.docx"));
    }
}
