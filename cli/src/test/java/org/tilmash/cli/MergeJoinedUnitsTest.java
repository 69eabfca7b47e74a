package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2-1 alignment link joins two segments of a paragraph into one unit, which renumbers the segments after it: such
 * an XLIFF must still merge, and a changed source inside the joined unit must still be refused.
 */
class MergeJoinedUnitsTest {

    @TempDir
    Path dir;

    private Path xliffWithJoinedUnit(String joinedSource) throws Exception {
        Path source = Files.writeString(dir.resolve("doc.kk.txt"),
                "Бірінші сөйлем. Екінші сөйлем. Үшінші сөйлем.\nТөртінші сөйлем.\n");
        Path out = dir.resolve("out");
        Sample.Result run = Sample.tilmash("run", source.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path xliff = out.resolve("doc.kk-ru.xlf");
        String text = Files.readString(xliff);
        // p1-s1 and p1-s2 become one unit p1-s1 with a translation; p1-s3 becomes p1-s2, as after a 2-1 join.
        Matcher pair = Pattern.compile("<trans-unit id=\"p1-s1\"[\\s\\S]*?</trans-unit>\\s*"
                + "<trans-unit id=\"p1-s2\"[\\s\\S]*?</trans-unit>").matcher(text);
        assertTrue(pair.find(), text);
        String joined = "<trans-unit id=\"p1-s1\"><source xml:lang=\"kk-KZ\">" + joinedSource + "</source>"
                + "<target xml:lang=\"ru-RU\" state=\"translated\">Первое и второе предложения.</target>"
                + "</trans-unit>";
        text = text.substring(0, pair.start()) + joined + text.substring(pair.end());
        text = text.replace("<trans-unit id=\"p1-s3\"", "<trans-unit id=\"p1-s2\"");
        Files.writeString(xliff, text);
        return xliff;
    }

    @Test
    void aJoinedUnitMergesBack() throws Exception {
        Path xliff = xliffWithJoinedUnit("Бірінші сөйлем. Екінші сөйлем.");
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("ru-RU 1 new"), merge.out());
        String tmx = Files.readString(dir.resolve("out/doc.kk-ru.tmx"));
        assertTrue(tmx.contains("<seg>Бірінші сөйлем. Екінші сөйлем.</seg>"), tmx);
        assertTrue(tmx.contains("<seg>Первое и второе предложения.</seg>"), tmx);
        Schemas.assertValidTmx14(dir.resolve("out/doc.kk-ru.tmx"));
    }

    @Test
    void aChangedWordInsideAJoinedUnitIsRefused() throws Exception {
        Path xliff = xliffWithJoinedUnit("Бірінші сөйлем. Басқа сөйлем.");
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertEquals(ExitCode.BAD_INPUT, merge.exitCode(), merge.out());
        assertTrue(merge.err().contains("unit p1-s1: its source no longer matches"), merge.err());
    }
}
