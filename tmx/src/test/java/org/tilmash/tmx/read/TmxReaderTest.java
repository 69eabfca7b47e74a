package org.tilmash.tmx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.testing.TestData;

class TmxReaderTest {

    @TempDir
    Path dir;

    static List<TmxUnit> readAll(Path file, String source) throws TmxException {
        List<TmxUnit> units = new ArrayList<>();
        try (TmxReader reader = TmxReader.open(file, source)) {
            Optional<TmxUnit> unit;
            while ((unit = reader.next()).isPresent()) {
                units.add(unit.get());
            }
        }
        return units;
    }

    private Path tmx(String body) throws IOException {
        return tmx("<header srclang=\"kk-KZ\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\""
                + " creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/>", body);
    }

    private Path tmx(String header, String body) throws IOException {
        Path file = dir.resolve("m" + System.nanoTime() + ".tmx");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n" + header
                + "\n<body>\n" + body + "\n</body>\n</tmx>\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheDebianSampleUnitByUnit() throws TmxException {
        List<TmxUnit> units = readAll(TestData.file("debian-l10n/partial-200.tmx"), "kk");
        assertEquals(200, units.size());
        assertEquals(200, units.stream().filter(u -> u.text("ru").isPresent()).count());
        assertEquals(100, units.stream().filter(u -> u.text("en-US").isPresent()).count());
        assertTrue(units.get(0).tuid() != null && !units.get(0).source().isEmpty());
    }

    @Test
    void matchesLanguagesByPrimarySubtagInAnyCase() throws Exception {
        Path file = tmx("<header srclang=\"KK\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\""
                + " creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/>",
                "<tu><tuv xml:lang=\"RU_ru\"><seg>Файл</seg></tuv><tuv xml:lang=\"kk\"><seg>Файл <ph>%s</ph></seg>"
                        + "</tuv><tuv lang=\"EN\"><seg>File</seg></tuv></tu>");
        TmxUnit unit = readAll(file, "kk-KZ").get(0);
        assertEquals("Файл ", unit.source(), "the placeholder is code, not text");
        assertEquals(Optional.of("Файл"), unit.text("ru-RU"));
        assertEquals(Optional.of("File"), unit.text("en"));
        assertEquals(Optional.empty(), unit.text("de"));
    }

    @Test
    void sourceTextLeavesOutTheContentOfInlineCodesAndKeepsHighlightedText() throws Exception {
        List<TmxUnit> units = readAll(tmx("<tu><tuv xml:lang=\"kk\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>Файлды"
                + "<ept i=\"1\">&lt;/b&gt;</ept> <hi>сақтау</hi> белгі<ut>x</ut> <ph>&lt;br/&gt;</ph>керек"
                + "<it pos=\"begin\">&lt;i&gt;</it></seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>Сохранить<ept i=\"1\">&lt;/b&gt;</ept>"
                + "</seg></tuv></tu>"), "kk");
        assertEquals("Файлды сақтау белгі керек", units.get(0).source());
        assertEquals("<b>Сохранить</b>", units.get(0).text("ru").orElseThrow(), "a translation keeps its markup");
    }

    @Test
    void missingSrclangIsAnErrorWithItsPlace() throws IOException {
        Path file = tmx("<header datatype=\"plaintext\"/>", "");
        TmxError error = assertThrows(TmxException.class, () -> readAll(file, "kk")).error();
        assertEquals(file, error.file());
        assertEquals(3, error.line());
        assertTrue(error.column() > 0);
        assertTrue(error.message().contains("srclang"), error.message());
    }

    @Test
    void invalidCharacterIsAnErrorWithLineAndColumn() throws IOException {
        Path file = tmx("<tu>\n<tuv xml:lang=\"kk\"><seg>a\u000Bb</seg></tuv>\n</tu>");
        TmxError error = assertThrows(TmxException.class, () -> readAll(file, "kk")).error();
        assertEquals(6, error.line());
        assertTrue(error.column() > 0);
        assertTrue(error.message().startsWith("not well-formed XML"), error.message());
    }

    @Test
    void bareAmpersandIsAnError() throws IOException {
        Path file = tmx("<tu><tuv xml:lang=\"kk\"><seg>a</seg></tuv></tu>\n<tu><tuv xml:lang=\"kk\"><seg>R & D</seg>"
                + "</tuv></tu>");
        TmxError error = assertThrows(TmxException.class, () -> readAll(file, "kk")).error();
        assertEquals(6, error.line());
    }

    @Test
    void unitWithoutTheSourceLanguageIsAnErrorAtTheUnit() throws IOException {
        Path file = tmx("<tu tuid=\"1\"><tuv xml:lang=\"kk\"><seg>Иә</seg></tuv><tuv xml:lang=\"ru\"><seg>Да</seg>"
                + "</tuv></tu>\n  <tu tuid=\"2\"><tuv xml:lang=\"ru\"><seg>Нет</seg></tuv></tu>");
        TmxError error = assertThrows(TmxException.class, () -> readAll(file, "kk")).error();
        assertEquals(6, error.line());
        // the JDK's StAX parser (core's XmlInput) places an element just after its start tag: <tu tuid="2">|
        assertEquals(16, error.column());
        assertTrue(error.message().contains("tuid=\"2\"") && error.message().contains("no variant in kk"),
                error.message());
    }

    @Test
    void externalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = dir.resolve("xxe.tmx");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<tmx version=\"1.4\"><header srclang=\"kk\"/><body>\n<tu><tuv xml:lang=\"kk\"><seg>&xxe;"
                + "</seg></tuv></tu></body></tmx>");
        TmxError error = assertThrows(TmxException.class, () -> readAll(file, "kk")).error();
        assertEquals(4, error.line());
        assertFalse(error.message().contains("TOP-SECRET"));
        assertTrue(error.message().contains("xxe"), error.message());
    }

    @Test
    void doctypeNamingTheTmxDtdIsSkippedNotFetched() throws Exception {
        Path file = dir.resolve("dtd.tmx");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n"
                + "<tmx version=\"1.4\"><header srclang=\"kk\"/><body><tu><tuv xml:lang=\"kk\"><seg>Иә &amp; жоқ"
                + "</seg></tuv></tu></body></tmx>");
        assertEquals("Иә & жоқ", readAll(file, "kk").get(0).source());
    }
}
