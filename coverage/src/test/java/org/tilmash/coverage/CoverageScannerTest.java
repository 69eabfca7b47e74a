package org.tilmash.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageScannerTest {

    /** units, translated units, approved units, source words, translated words */
    private static void assertCounts(LanguageCoverage c, long units, long translated, long approved, long words,
                                     long translatedWords) {
        assertEquals(List.of(units, translated, approved, words, translatedWords),
                List.of(c.units(), c.translatedUnits(), c.approvedUnits(), c.sourceWords(), c.translatedWords()));
    }

    @Test
    void xliff12SampleCountsStateTranslatedAsTranslated() throws Exception {
        FileCoverage file = Fixtures.read("good/sample-1.2.xlf");
        assertEquals("xliff-1.2", file.format());
        assertEquals(List.of("kk-KZ"), file.sourceLanguages());
        assertEquals(List.of("ru-RU"), List.copyOf(file.languages().keySet()));
        LanguageCoverage ru = file.languages().get("ru-RU");
        // GMX-V: the free-standing dash of sentence 1 is not a word: 6 + 6 + 6
        assertCounts(ru, 3, 1, 0, 18, 6);
        assertEquals(Map.of("translated", 1L, "needs-translation", 2L), ru.unitsByState());
    }

    @Test
    void xliff12ApprovedIsCountedApart() throws Exception {
        assertCounts(Fixtures.read("good/sample-1.2-approved.xlf").languages().get("ru-RU"), 3, 1, 1, 18, 6);
    }

    @Test
    void xliff12SourceEqualsTargetFormIsNotTranslatedByItsState() throws Exception {
        // targets pre-filled with the source but state="needs-translation": non-empty is not enough
        assertCounts(Fixtures.read("good/sample-1.2-omegat.xlf").languages().get("ru-RU"), 3, 1, 0, 18, 6);
    }

    @Test
    void xliff12RichCountsTransUnitsNotSegmentsAndIgnoresAltTransCodesAndTranslateNo() throws Exception {
        FileCoverage file = Fixtures.read("hand/xliff12-rich.xlf");
        LanguageCoverage ru = file.languages().get("ru-RU");
        assertCounts(ru, 6, 2, 1, 21, 8);
        assertEquals(Map.of("translated", 2L, "needs-review-translation", 1L, "none", 1L, "x-machine", 1L,
                "no-target", 1L), ru.unitsByState());
        assertCounts(file.languages().get("en-US"), 3, 2, 0, 7, 6);
    }

    @Test
    void translatedStatesAreConfigurableAndNoneMatchesATargetWithoutState() throws Exception {
        FileCoverage file = new CoverageScanner(TranslatedPolicy.parse("none, x-machine"))
                .read(Fixtures.path("hand/xliff12-rich.xlf"));
        // u2 (approved), u5 (no state), u7 (x-machine); u1 (translated) no longer counts
        assertCounts(file.languages().get("ru-RU"), 6, 3, 1, 21, 13);
        assertCounts(file.languages().get("en-US"), 3, 0, 0, 7, 0);
    }

    @ParameterizedTest
    @CsvSource({"good/sample-2.0.xlf, xliff-2.0", "good/sample-2.1.xlf, xliff-2.1"})
    void xliff2SamplesCountSegments(String name, String format) throws Exception {
        FileCoverage file = Fixtures.read(name);
        assertEquals(format, file.format());
        LanguageCoverage en = file.languages().get("en-US");
        assertCounts(en, 3, 1, 0, 18, 6);
        assertEquals(Map.of("translated", 1L, "initial", 1L, "no-target", 1L), en.unitsByState());
    }

    @Test
    void xliff21RichCountsSegmentsSkipsIgnorableAndTranslateNo() throws Exception {
        LanguageCoverage ru = Fixtures.read("hand/xliff21-rich.xlf").languages().get("ru-RU");
        assertCounts(ru, 6, 3, 0, 15, 8);
        assertEquals(Map.of("translated", 2L, "reviewed", 1L, "final", 1L, "initial", 1L, "no-target", 1L),
                ru.unitsByState());
    }

    @Test
    void tmxMultilingualCountsEachTargetLanguageOverAllUnits() throws Exception {
        FileCoverage file = Fixtures.read("good/sample.tmx");
        assertEquals("tmx-1.4", file.format());
        assertCounts(file.languages().get("ru-RU"), 3, 3, 0, 18, 18);
        assertCounts(file.languages().get("en-US"), 3, 2, 0, 18, 12);
    }

    @Test
    void tmxBilingual() throws Exception {
        FileCoverage file = Fixtures.read("good/sample-kk-en.tmx");
        assertEquals(List.of("en-US"), List.copyOf(file.languages().keySet()));
        assertCounts(file.languages().get("en-US"), 2, 2, 0, 12, 12);
    }

    @Test
    void tmxFindsTheSourceByLanguageNotPositionAndSkipsCodesAndBlankSegs() throws Exception {
        FileCoverage file = Fixtures.read("hand/tmx-rich.tmx");
        assertEquals(List.of("kk-KZ", "ru-RU"), file.sourceLanguages());
        assertCounts(file.languages().get("en-US"), 4, 1, 0, 11, 3);
        assertCounts(file.languages().get("ru-RU"), 4, 2, 0, 11, 6);   // "ru-ru" is normalised to ru-RU
        assertCounts(file.languages().get("kk-KZ"), 4, 1, 0, 11, 1);   // the tu whose srclang is ru-RU
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "broken/xlf12-unescaped-amp.xlf | 9 | malformed XML: The entity name must immediately follow",
            "broken/tmx-invalid-char.tmx | 9 | malformed XML: An invalid XML character (Unicode: 0xb)",
            "broken/xlf12-missing-source-language.xlf | 3 | missing source-language on <file>",
            "broken/xliff12-no-target-language.xlf | 5 | missing target-language on <file>",
            "broken/xlf20-missing-srclang.xlf | 2 | missing srcLang on <xliff>",
            "broken/tmx-missing-srclang.tmx | 3 | missing srclang on <header>",
            "broken/xlf12-bad-state.xlf | 14 | state=\"untranslated\" is not an XLIFF 1.2 state",
            "broken/xlf20-bad-state.xlf | 11 | state=\"needs-translation\" is not an XLIFF 2 state",
            "broken/xliff-unknown-version.xlf | 2 | unknown XLIFF version \"3.0\"",
            "broken/not-xliff.xlf | 2 | not XLIFF or TMX: root element <html>",
            "broken/xxe.xlf | 6 | malformed XML: The entity \"secret\" was referenced, but not declared"})
    void invalidFilesAreReportedWithLineAndReason(String name, int line, String message) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> Fixtures.read(name));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.column() > 0);
    }

    @Test
    void directoriesAreWalkedForXliffAndTmxOnlyAndInvalidFilesListed(@TempDir Path dir) throws Exception {
        Path nested = Files.createDirectories(dir.resolve("l10n/ru"));
        Files.copy(Fixtures.path("good/sample-1.2.xlf"), nested.resolve("a.xliff"));
        Files.copy(Fixtures.path("good/sample.tmx"), dir.resolve("l10n/b.TMX"));
        Files.copy(Fixtures.path("broken/xlf12-unescaped-amp.xlf"), dir.resolve("l10n/c.xlf"));
        Files.writeString(dir.resolve("l10n/notes.txt"), "not a translation file");
        CoverageReport report = new CoverageScanner(TranslatedPolicy.DEFAULT).scan(List.of(dir.resolve("l10n")));
        assertEquals(List.of(dir.resolve("l10n/b.TMX"), nested.resolve("a.xliff")),
                report.files().stream().map(FileCoverage::file).sorted().toList());
        assertEquals(List.of(dir.resolve("l10n/c.xlf")), report.invalidFiles().stream().map(InvalidFile::file).toList());
        assertCounts(report.totals().get("ru-RU"), 6, 4, 0, 36, 24);
        assertCounts(report.totals().get("en-US"), 3, 2, 0, 18, 12);
    }

    @Test
    void aMissingPathIsAnError(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new CoverageScanner(TranslatedPolicy.DEFAULT).scan(List.of(dir.resolve("nope"))));
        assertEquals(dir.resolve("nope").toString(), e.getFile());
    }
}
