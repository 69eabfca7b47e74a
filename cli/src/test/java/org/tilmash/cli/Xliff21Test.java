package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import org.tilmash.steps.slots.Languages;

/** {@code run --xliff 2.1}: valid XLIFF 2.1 with the same segments and targets as the XLIFF 1.2 of the same run. */
class Xliff21Test {

    /** unit id, source text, target text (inline codes left out), state. */
    private static List<List<String>> units2(Path xliff) {
        List<List<String>> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader()) {
            reader.open(xliff.toFile());
            while (reader.hasNext()) {
                var event = reader.next();
                if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    for (Segment segment : unit.getSegments()) {
                        String target = segment.hasTarget() ? segment.getTarget().getPlainText() : "";
                        units.add(List.of(unit.getId(), segment.getSource().getPlainText(), target,
                                target.isEmpty() ? "empty" : segment.getState().toString()));
                    }
                }
            }
        }
        return units;
    }

    private static List<List<String>> units12(Path xliff, LocaleId target) {
        List<List<String>> units = new ArrayList<>();
        for (ITextUnit unit : OurXliff.units(xliff, target)) {
            TextContainer t = unit.getTarget(target);
            String text = t == null ? "" : t.getUnSegmentedContentCopy().getText();
            units.add(List.of(unit.getName(), unit.getSource().getUnSegmentedContentCopy().getText(), text,
                    text.isEmpty() ? "empty" : "translated"));
        }
        return units;
    }

    @Test
    void sameSegmentsAndTargetsAsXliff12(@TempDir Path dir) throws Exception {
        Path source = FormattedTranslationsTest.copy(dir, "udhr.kk.docx", "udhr.ru.docx");
        Sample.Result v12 = Sample.tilmash("run", source.toString(), "--out", dir.resolve("v12").toString());
        Sample.Result v21 = Sample.tilmash("run", source.toString(), "--out", dir.resolve("v21").toString(),
                "--xliff", "2.1");
        assertEquals(ExitCode.OK, v12.exitCode(), v12.err());
        assertEquals(ExitCode.OK, v21.exitCode(), v21.err());
        for (LocaleId target : Languages.TARGETS) {
            Path xliff2 = dir.resolve("v21/udhr.kk-" + target.getLanguage() + ".xlf");
            Schemas.assertValidXliff2(xliff2);
            String xml = Files.readString(xliff2);
            assertTrue(xml.contains("version=\"2.1\""), "version 2.1");
            assertTrue(xml.contains("udhr.kk.docx\""), "<file original> names the document, not its part");
            assertTrue(xml.contains("<pc "), "inline codes as <pc>");
            List<List<String>> expected = units12(dir.resolve("v12/udhr.kk-" + target.getLanguage() + ".xlf"),
                    target);
            assertEquals(expected, units2(xliff2));
        }
        assertTrue(units2(dir.resolve("v21/udhr.kk-en.xlf")).stream().allMatch(u -> u.get(2).isEmpty()),
                "no English translation: every English target empty");
        // Regression: a Kazakh 2-1 link joined the empty English slots with the space between them into " ".
        assertTrue(units12(dir.resolve("v12/udhr.kk-en.xlf"), Languages.ENGLISH).stream()
                .allMatch(u -> u.get(2).isEmpty()), "every English target of the 1.2 file empty");
    }

    @Test
    void anotherVersionIsAUsageError(@TempDir Path dir) throws Exception {
        Sample.Result r = Sample.tilmash("run", FormattedTranslationsTest.copy(dir, "udhr.kk.txt").toString(),
                "--out", dir.resolve("out").toString(), "--xliff", "2.0");
        assertEquals(ExitCode.USAGE, r.exitCode(), r.err());
    }
}
