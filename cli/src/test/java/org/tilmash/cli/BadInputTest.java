package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each user mistake: its documented exit code, one clear line, and nothing left in the output directory. */
class BadInputTest {

    @TempDir
    Path dir;

    private Sample.Result run(Path source) {
        return Sample.tilmash("run", source.toString(), "--out", dir.resolve("out").toString());
    }

    private void assertOneLineAndNoOutput(Sample.Result result, int exitCode, String... fragments) throws IOException {
        assertEquals(exitCode, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), "'" + fragment + "' in: " + result.err());
        }
        Path out = dir.resolve("out");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(0, files.count(), "no file, partial or temporary, in the output directory");
            }
        }
    }

    @Test
    void missingFile() throws IOException {
        assertOneLineAndNoOutput(run(dir.resolve("nothing.kk.txt")), ExitCode.BAD_INPUT, "nothing.kk.txt",
                "no such file");
    }

    @Test
    void directoryWithoutKazakhDocument() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("readme.en.txt"), "English only.");
        assertOneLineAndNoOutput(run(docs), ExitCode.BAD_INPUT, "docs", "no Kazakh document");
    }

    @Test
    void aNulByteIsReportedOnItsOwnLineNotAtTheEndOfTheChunkReadWithIt() throws IOException {
        Path source = dir.resolve("nul.kk.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < 10; i++) {
            text.append("Қазақстан Республикасы ").append(i).append(".\n");
        }
        text.append("Астана\0қаласы.\n"); // line 10
        for (int i = 11; i <= 3000; i++) { // beyond the 64 kB the check reads at a time
            text.append("Қазақстан Республикасы ").append(i).append(".\n");
        }
        Files.writeString(source, text.toString(), StandardCharsets.UTF_8);
        assertOneLineAndNoOutput(run(source), ExitCode.BAD_INPUT, "nul.kk.txt", "NUL byte on line 10)");
    }

    @Test
    void binaryFile() throws IOException {
        Path binary = dir.resolve("image.kk.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 20, 0});
        assertOneLineAndNoOutput(run(binary), ExitCode.BAD_INPUT, "image.kk.txt", "binary");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        Path latin1 = dir.resolve("old.kk.txt");
        byte[] good = "Бірінші жол.\nЕкінші ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // Latin-1 'é': not UTF-8 here
        bytes[good.length + 1] = 'x';
        bytes[good.length + 2] = '\n';
        Files.write(latin1, bytes);
        assertOneLineAndNoOutput(run(latin1), ExitCode.BAD_INPUT, "old.kk.txt", "not valid UTF-8",
                "byte offset " + good.length, "line 2");
    }

    /** Issue 11: a DOCX whose document.xml inflates to more than the filter can hold (here 65 MB of spaces). */
    @Test
    void zipBombDocxIsTooLarge() throws IOException {
        Path bomb = dir.resolve("bomb.kk.docx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                zip.write(spaces);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertOneLineAndNoOutput(run(bomb), ExitCode.BAD_INPUT, "bomb.kk.docx", "too large", "word/document.xml");
    }

    /**
     * Issue 11: Okapi's HTML filter takes time growing with depth times tags; a page nested deeper than any real one
     * is refused at once, naming the line, while the same page at an ordinary depth still reads.
     */
    @Test
    void deeplyNestedHtmlIsRefused() throws IOException {
        Path deep = dir.resolve("deep.kk.html");
        Files.writeString(deep, "<html><body>\n" + "<div>".repeat(2_001) + "\n<p>Қазақстан — мемлекет.</p>"
                + "</div>".repeat(2_001) + "</body></html>", StandardCharsets.UTF_8);
        assertOneLineAndNoOutput(run(deep), ExitCode.BAD_INPUT, "deep.kk.html", "too deeply nested", "(line 2)");

        Path ordinary = dir.resolve("ordinary.kk.html");
        Files.writeString(ordinary, "<html><body>" + "<div><p>Абзац.<br><img src=x.png></p></div>".repeat(2_001)
                + "<ul>" + "<li>Қазақстан — мемлекет.".repeat(2_001) + "</ul></body></html>", StandardCharsets.UTF_8);
        Sample.Result result = run(ordinary);
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
    }

    /** Issue 11: one plain-text line is one text unit, held whole; a line of 9 MB is refused, not an OutOfMemoryError. */
    @Test
    void hugeSingleLineIsTooLarge() throws IOException {
        Path line = dir.resolve("dump.kk.txt");
        Files.writeString(line, "Сөз мемлекет одақ ".repeat(300_000) + "\n", StandardCharsets.UTF_8);
        assertOneLineAndNoOutput(run(line), ExitCode.BAD_INPUT, "dump.kk.txt", "too large", "line 1 ");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.kk.txt"), " \n\n");
        assertOneLineAndNoOutput(run(empty), ExitCode.BAD_INPUT, "empty.kk.txt", "empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "page.kk.html|<html><head><title></title></head><body><div><img src=\"a.png\"/></div></body></html>",
        "notes.kk.md|---\\n\\n<!-- nothing -->\\n",
        "unit.kk.xlf|<catalog><item>Мәтін</item></catalog>"})
    void aDocumentWithNoTextIsBadInputInEveryFormat(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content.replace("\\n", "\n"));
        assertOneLineAndNoOutput(run(file), ExitCode.BAD_INPUT, name, "no text to translate");
        Sample.Result segment = Sample.tilmash("segment", file.toString());
        assertEquals(ExitCode.BAD_INPUT, segment.exitCode(), segment.err());
    }

    @Test
    void badInputAfterAGoodOneLeavesNoOutputOfTheGoodOne() throws IOException {
        Path good = Files.copy(Sample.SOURCE, dir.resolve("a.kk.txt"));
        Path empty = Files.writeString(dir.resolve("b.kk.txt"), "");
        Sample.Result result = Sample.tilmash("run", good.toString(), empty.toString(),
                "--out", dir.resolve("out").toString());
        assertOneLineAndNoOutput(result, ExitCode.BAD_INPUT, "b.kk.txt");
    }

    @Test
    void unwritableOutputDirectory() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(readOnly)) {
                // root ignores permissions: use a path under a regular file instead, which nobody can create.
                Path blocked = Files.writeString(dir.resolve("file"), "x").resolve("out");
                Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", blocked.toString());
                assertEquals(ExitCode.OUTPUT, result.exitCode(), result.err());
                assertTrue(result.err().startsWith("tilmash: cannot write"), result.err());
            } else {
                Sample.Result result = run(Sample.SOURCE);
                assertOneLineAndNoOutput(result, ExitCode.OUTPUT, "cannot write");
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void malformedSrxNamesTheLineWithoutParserNoise() throws IOException {
        Path srx = Files.writeString(dir.resolve("rules.srx"), "<srx>\n<body>\n");
        Path source = Files.writeString(dir.resolve("a.kk.txt"), "Сәлем.\n");
        PrintStream systemErr = System.err;
        ByteArrayOutputStream jdkNoise = new ByteArrayOutputStream();
        Sample.Result result;
        try {
            // The JDK's default SAX error handler writes to System.err, not to the command's writer.
            System.setErr(new PrintStream(jdkNoise, true, StandardCharsets.UTF_8));
            result = Sample.tilmash("run", source.toString(), "--srx", srx.toString(),
                    "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(systemErr);
        }
        assertOneLineAndNoOutput(result, ExitCode.BAD_INPUT, "rules.srx:3:", "not well-formed XML");
        assertEquals("", jdkNoise.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Sample.Result result = Sample.tilmash("run", "--no-such-option");
        assertEquals(ExitCode.USAGE, result.exitCode());
    }
}
