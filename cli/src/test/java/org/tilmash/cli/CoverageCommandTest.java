package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CoverageCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CoverageCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** An XLIFF 1.2 file kk-KZ to {@code lang} whose first {@code translated} of {@code units} units are done. */
    private Path xliff(String name, String lang, int units, int translated) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= units; i++) {
            boolean done = i <= translated;
            body.append("<trans-unit id=\"").append(i).append("\"><source>Бір екі үш.</source><target state=\"")
                    .append(done ? "translated\">Раз два три." : "needs-translation\">").append("</target></trans-unit>\n");
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a.txt\" source-language=\"kk-KZ\" "
                + "target-language=\"" + lang + "\" datatype=\"plaintext\"><body>\n" + body + "</body></file></xliff>\n");
        return file;
    }

    @Test
    void passesWhenEveryMinimumIsMet() throws Exception {
        xliff("l10n/a.kk-ru.xlf", "ru-RU", 10, 10);
        xliff("l10n/a.kk-en.xlf", "en-US", 10, 8);
        Run r = run("--min", "ru=95,en=80", dir.resolve("l10n").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("gate: passed"), r.out());
    }

    @Test
    void failsWithOneLinePerLanguageNamingTheWorstFiles() throws Exception {
        Path worst = xliff("l10n/b.kk-ru.xlf", "ru-RU", 10, 2);
        xliff("l10n/a.kk-ru.xlf", "ru-RU", 10, 9);
        xliff("l10n/a.kk-en.xlf", "en-US", 10, 5);
        Run r = run("--min", "ru=95,en=80", "--format", "json", dir.resolve("l10n").toString());
        assertEquals(1, r.exit());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("tilmash coverage: ")).toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("tilmash coverage: ru: 55% of words translated (33/60), below the minimum "
                + "95%; most untranslated: " + worst + " (24 words), "), lines.get(0));
        assertTrue(lines.get(1).startsWith("tilmash coverage: en: 50% of words"), lines.get(1));
        assertTrue(r.out().startsWith("{"), "stdout holds only the JSON report");
    }

    @Test
    void bySegments() throws Exception {
        xliff("a.xlf", "ru-RU", 4, 3);
        assertEquals(0, run("--min", "ru=75", "--by", "segments", dir.toString()).exit());
        assertEquals(1, run("--min", "ru=76", "--by", "segments", dir.toString()).exit());
    }

    @Test
    void usageErrorsExit2() throws Exception {
        xliff("a.xlf", "ru-RU", 1, 1);
        Run r = run("--min", "ru=95;en=80", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("invalid coverage minimum 'ru=95;en=80'"), r.err());
        assertEquals(2, run("--by", "lines", dir.toString()).exit());
        assertEquals(2, run("--format", "xml", dir.toString()).exit());
        assertEquals(2, run().exit());
    }

    @Test
    void missingPathOrNothingToCountExit3() {
        Run r = run(dir.resolve("nope").toString());
        assertEquals(3, r.exit());
        assertEquals("tilmash coverage: " + dir.resolve("nope") + ": no such file or directory\n",
                r.err().replace("\r", ""));
        assertEquals(3, run(dir.toString()).exit());
    }

    @Test
    void invalidFilesExit3UnlessSkipped() throws Exception {
        xliff("a.xlf", "ru-RU", 2, 2);
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, "<tmx version=\"1.4\"><header srclang=\"kk-KZ\"/><body><tu>&</tu></body></tmx>");
        Run r = run("--min", "ru=90", dir.toString());
        assertEquals(3, r.exit());
        assertTrue(r.out().contains(bad + ":1:"), r.out());
        assertEquals(0, run("--min", "ru=90", "--skip-invalid", dir.toString()).exit());
    }

    @Test
    void outputWritesTheReportFileAndTheTableToStdout() throws Exception {
        xliff("a.xlf", "ru-RU", 4, 1);
        Path report = dir.resolve("coverage-junit.xml");
        Run r = run("--min", "ru=95", "--format", "junit", "--output", report.toString(), dir.resolve("a.xlf")
                .toString());
        assertEquals(1, r.exit());
        assertTrue(Files.readString(report).contains("<failure message="));
        assertTrue(r.out().startsWith("Translation coverage by words"), r.out());
        assertFalse(r.out().contains("<testsuites"));
    }

    @Test
    void unwritableOutputExit4() throws Exception {
        xliff("a.xlf", "ru-RU", 1, 1);
        // beneath a file: no directory can be made there (a missing directory would be created, as for run --out)
        Run r = run("--output", dir.resolve("a.xlf/r.json").toString(), "--format", "json",
                dir.resolve("a.xlf").toString());
        assertEquals(4, r.exit());
        assertTrue(r.err().startsWith("tilmash coverage: cannot write "), r.err());
    }
}
