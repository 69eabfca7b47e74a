package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merge --translated-states}: which states count as done, for CAT tools that never set one (OmegaT 3.6); a
 * target that is a copy of its source (how those tools return an untranslated segment) never counts.
 */
class MergeTranslatedStatesTest {

    @TempDir
    Path dir;

    @Test
    void sourceCopiesAreNotTranslationsWhateverTheirState() throws Exception {
        Path kk = FormattedTranslationsTest.copy(dir, "udhr.kk.html", "udhr.ru.html");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, Sample.tilmash("run", kk.toString(), "--out", out.toString()).exitCode());
        Path xliff = out.resolve("udhr.kk-ru.xlf");
        byte[] tmx = Files.readAllBytes(out.resolve("udhr.kk-ru.tmx"));
        byte[] corpus = Files.readAllBytes(out.resolve("udhr.tmx"));
        String copies = OmegaTDocxRoundTripTest.forOmegaT(Files.readString(xliff, StandardCharsets.UTF_8));
        // One unit translated by the translator, in a state OmegaT leaves as it was; the others are copies.
        String translated = copies.replaceFirst("(<trans-unit id=\"p2-s1\"[^>]*>\\s*<source[^>]*>[^<]*</source>\\s*"
                + "<target[^>]*>)[^<]*(</target>)", "$1Статья первая$2");
        Files.writeString(xliff, translated, StandardCharsets.UTF_8);

        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--translated-states", "needs-translation",
                "--tm", dir.resolve("tm").toString(), "--documents", dir.resolve("docs").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("0 new, 1 changed, 0 unchanged translations merged; 24 units not done"),
                merge.out());
        assertTrue(merge.out().contains("written; 24 units without a finished translation"), merge.out());
        assertTrue(Files.readString(out.resolve("udhr.kk-ru.tmx")).contains("<seg>Статья первая</seg>"));

        // By default needs-translation is not done: nothing changes.
        Files.writeString(xliff, translated, StandardCharsets.UTF_8);
        Files.write(out.resolve("udhr.kk-ru.tmx"), tmx);
        Files.write(out.resolve("udhr.tmx"), corpus);
        Sample.Result defaults = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertTrue(defaults.out().contains("0 new, 0 changed, 0 unchanged translations merged; 25 units not done"),
                defaults.out());
        assertArrayEquals(tmx, Files.readAllBytes(out.resolve("udhr.kk-ru.tmx")));
    }

    @Test
    void noStateIsAUsageError() throws Exception {
        Sample.Result merge = Sample.tilmash("merge", dir.resolve("x.xlf").toString(), "--translated-states", ",");
        assertEquals(ExitCode.USAGE, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("--translated-states names no state"), merge.err());
    }
}
