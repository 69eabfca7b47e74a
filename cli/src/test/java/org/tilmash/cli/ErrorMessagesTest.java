package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error messages of issue 11, item 9: one clear line each, naming what the user named. */
class ErrorMessagesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
            + "<header srclang=\"kk\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\""
            + " creationtoolversion=\"1\" o-tmf=\"t\"/>\n<body>\n";

    @TempDir
    Path dir;

    private static void assertOneLine(Sample.Result result, int exitCode) {
        assertEquals(exitCode, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    /** Runs on a copy of the sample named a.kk.txt; returns the output directory. */
    private Path runOnTheSample() throws IOException {
        Path source = Files.copy(Sample.SOURCE, dir.resolve("a.kk.txt"));
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, Sample.tilmash("run", source.toString(), "--out", out.toString()).exitCode());
        return out;
    }

    @Test
    void lookupInAnEmptyMemorySaysItIsEmpty() throws IOException {
        Path tm = Files.createDirectories(dir.resolve("tm"));
        Sample.Result result = Sample.tilmash("tm", "lookup", "Сәлем", "--to", "ru", "--tm", tm.toString());
        assertOneLine(result, ExitCode.BAD_INPUT);
        assertFalse(result.err().contains("(it holds: )"), result.err());
        assertTrue(result.err().contains("empty"), result.err());
    }

    @Test
    void aTmxThatCannotBeOpenedHasNoMinusOneLocation() {
        Sample.Result result = Sample.tilmash("tm", "import", dir.resolve("missing.tmx").toString(), "--tm",
                dir.resolve("tm").toString());
        assertEquals(ExitCode.BAD_INPUT, result.exitCode(), result.err());
        assertFalse(result.err().contains("-1"), result.err());
        assertTrue(result.err().contains("missing.tmx"), result.err());
    }

    @Test
    void aTruncatedTmxNamesItsLocationOnce() throws IOException {
        Path truncated = Files.writeString(dir.resolve("cut.tmx"), HEADER
                + "<tu><tuv xml:lang=\"kk\"><seg>Иә</seg></tuv><tuv xml:lang=\"ru\"><seg>Да</seg></tuv></tu>\n<tu><tuv");
        Sample.Result result = Sample.tilmash("tm", "import", truncated.toString(), "--tm", dir.resolve("tm").toString());
        assertOneLine(result, ExitCode.BAD_INPUT);
        assertTrue(result.err().contains("cut.tmx:6:"), result.err());
        assertFalse(result.err().contains("row,col") || result.err().contains("[6,"), result.err());
        assertFalse(Files.exists(dir.resolve("tm")), "a failed import into a new memory leaves no memory");
    }

    @Test
    void tmImportReadsTheTmxVersionsCoverageReads() throws IOException {
        Path tmx2 = Files.writeString(dir.resolve("v2.tmx"), HEADER.replace("version=\"1.4\"", "version=\"2.0\"")
                + "<tu><tuv xml:lang=\"kk\"><seg>Иә</seg></tuv><tuv xml:lang=\"ru\"><seg>Да</seg></tuv></tu>\n"
                + "</body></tmx>\n");
        Sample.Result imported = Sample.tilmash("tm", "import", tmx2.toString(), "--tm", dir.resolve("tm").toString());
        Sample.Result counted = Sample.tilmash("coverage", tmx2.toString());
        assertOneLine(imported, ExitCode.BAD_INPUT);
        assertEquals(ExitCode.BAD_INPUT, counted.exitCode(), counted.err());
        assertTrue(imported.err().contains("unknown TMX version \"2.0\""), imported.err());
        assertTrue((counted.out() + counted.err()).contains("unknown TMX version \"2.0\""), counted.err());
    }

    @Test
    void aCoverageReportIntoAMissingDirectoryNamesTheReport() throws IOException {
        Path out = runOnTheSample();
        Path report = dir.resolve("missing").resolve("report.json");
        Sample.Result result = Sample.tilmash("coverage", out.toString(), "--format", "json", "--output",
                report.toString());
        assertFalse(result.err().contains(".part"), result.err());
        if (result.exitCode() != ExitCode.OK) {
            assertTrue(result.err().contains(report.toString()), result.err());
        }
    }

    @Test
    void aBrokenDoctypeInHtmlPrintsNoLibraryErrorLine() throws IOException {
        Path html = Files.writeString(dir.resolve("page.kk.html"), "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\n"
                + "<html><body><p>Қазақстан — мемлекет.</p></body></html>\n");
        Sample.Result result = Sample.tilmash("run", html.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertFalse(result.err().contains("ERROR"), result.err());
    }

    @Test
    void mergeOfAnXliffWithADoctypeIsNotRefusedWithAnItsParserMessage() throws IOException {
        Path out = runOnTheSample();
        Path xliff = out.resolve("a.kk-ru.xlf");
        String text = Files.readString(xliff);
        int afterDeclaration = text.indexOf("?>") + 2;
        Files.writeString(xliff, text.substring(0, afterDeclaration) + "\n<!DOCTYPE xliff [<!ENTITY x \"y\">]>"
                + text.substring(afterDeclaration));
        Sample.Result result = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertFalse(result.err().contains("ITS annotations"), result.err());
        assertTrue(result.exitCode() == ExitCode.OK
                || result.exitCode() == ExitCode.BAD_INPUT && result.err().contains("DOCTYPE"), result.err());
    }
}
