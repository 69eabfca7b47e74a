package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sources of the same NAME never write over each other's outputs (issue 11, item 1). */
class OutputNamesTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void sameNameInTwoSourceDirectoriesIsRefusedNamingBoth() throws IOException {
        write("a/doc.kk.txt", "Қазақстан — мемлекет.\n");
        write("b/doc.kk.txt", "Одақ 2015 жылы құрылды.\n");
        Path out = dir.resolve("o");
        Sample.Result result = Sample.tilmash("run", dir.resolve("a").toString(), dir.resolve("b").toString(),
                "--out", out.toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains(Path.of("a", "doc.kk.txt").toString()), result.err());
        assertTrue(result.err().contains(Path.of("b", "doc.kk.txt").toString()), result.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void sameNameWithTwoExtensionsInOneFolderIsRefused() throws IOException {
        write("docs/doc.kk.txt", "Қазақстан — мемлекет.\n");
        write("docs/doc.kk.md", "# Одақ\n\nОдақ 2015 жылы құрылды.\n");
        Sample.Result result = Sample.tilmash("run", dir.resolve("docs").toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("doc.kk.txt") && result.err().contains("doc.kk.md"), result.err());
    }

    @Test
    void subDirectoriesOfOneSourceAreMirroredAndTopLevelNamesStayPut() throws IOException {
        write("tree/a/doc.kk.txt", "Қазақстан — мемлекет.\n");
        write("tree/b/doc.kk.txt", "Одақ 2015 жылы құрылды.\n");
        write("tree/top.kk.txt", "Бұл жоғарғы құжат.\n");
        Path out = dir.resolve("o");
        Sample.Result result = Sample.tilmash("run", dir.resolve("tree").toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(Files.readString(out.resolve("a/doc.kk-ru.xlf")).contains("мемлекет"));
        assertTrue(Files.readString(out.resolve("b/doc.kk-ru.xlf")).contains("құрылды"));
        for (String name : new String[] {"doc.kk-en.xlf", "doc.kk-ru.tmx", "doc.kk-en.tmx", "doc.tmx",
            "doc.kk-repaired.txt"}) {
            assertTrue(Files.exists(out.resolve("a").resolve(name)), name);
            assertTrue(Files.exists(out.resolve("b").resolve(name)), name);
        }
        assertTrue(Files.exists(out.resolve("top.kk-ru.xlf")), "a document directly in SOURCE writes into OUT/");
        assertFalse(Files.exists(out.resolve("doc.kk-ru.xlf")));
    }

    @Test
    void aFileReachedTwiceIsOneDocument() throws IOException {
        Path doc = write("docs/doc.kk.txt", "Қазақстан — мемлекет.\n");
        Sample.Result result = Sample.tilmash("run", dir.resolve("docs").toString(), doc.toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().filter(l -> l.contains("paragraphs")).count(), result.out());
    }
}
