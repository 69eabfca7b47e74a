package org.tilmash.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tilmash.core.testing.ExternalTool;

/**
 * Our counts against Translate Toolkit's {@code pocount} (Debian translate-toolkit 3.8), an independent counter.
 * They agree where the definitions agree; the differences by design are asserted (and so documented) below and in
 * coverage/README.md. Without pocount the tests are skipped, or fail under CI ({@link ExternalTool}).
 */
class PocountAgreementTest {
    private static Path pocount;

    /** One {@code pocount --csv} row: units and source words per category. */
    record Row(long translated, long translatedWords, long fuzzy, long fuzzyWords, long untranslated, long total,
               long totalWords) {
    }

    @BeforeAll
    static void findPocount() {
        pocount = ExternalTool.command("pocount", "translate-toolkit");
    }

    static Row pocount(String fixture) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(pocount.toString(), "--csv", Fixtures.path(fixture).toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() >= 2 && !output.contains("ERROR"), output);
        // Filename, Translated Messages, Translated Source Words, Translated Target Words, Fuzzy Messages,
        // Fuzzy Source Words, Untranslated Messages, Untranslated Source Words, Total Message, Total Source Words
        long[] f = Arrays.stream(lines.get(1).split(",")).skip(1).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        return new Row(f[0], f[1], f[3], f[4], f[5], f[7], f[8]);
    }

    private static LanguageCoverage ours(String fixture, String language) throws InvalidFileException {
        return Fixtures.read(fixture).languages().get(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"good/sample-1.2.xlf", "good/sample-1.2-approved.xlf", "good/sample-1.2-omegat.xlf",
            "hand/xliff12-agree.xlf"})
    void xliff12UnitsAndApprovedUnitsAgree(String fixture) throws Exception {
        Row theirs = pocount(fixture);
        LanguageCoverage ours = ours(fixture, "ru-RU");
        assertEquals(theirs.total(), ours.units());
        // pocount's "translated" is approved="yes" with a non-empty target: our approvedUnits
        assertEquals(theirs.translated(), ours.approvedUnits());
    }

    @Test
    void plainTextSourceWordsAgreeAndStateTranslatedIsTheirFuzzy() throws Exception {
        Row theirs = pocount("hand/xliff12-agree.xlf");
        LanguageCoverage ours = ours("hand/xliff12-agree.xlf", "ru-RU");
        assertEquals(theirs.totalWords(), ours.sourceWords());
        assertEquals(24, ours.sourceWords());
        // unit 3: state="translated" without approved="yes" is translated for us, fuzzy for pocount
        assertEquals(ours.translatedUnits() - ours.approvedUnits(), theirs.fuzzy());
        assertEquals(ours.translatedWords(), theirs.translatedWords() + theirs.fuzzyWords());
    }

    @Test
    void bilingualTmxWithTheSourceFirstAgrees() throws Exception {
        Row theirs = pocount("good/sample-kk-en.tmx");
        LanguageCoverage ours = ours("good/sample-kk-en.tmx", "en-US");
        assertEquals(List.of(theirs.total(), theirs.translated()), List.of(ours.units(), ours.translatedUnits()));
    }

    @Test
    void differenceFreeStandingDashIsAWordForPocountButNotForGmx() throws Exception {
        // "Қазақстан — Орталық Азиядағы ең үлкен мемлекет.": pocount splits on whitespace only and keeps "—"
        assertEquals(19, pocount("good/sample-1.2.xlf").totalWords());
        assertEquals(18, ours("good/sample-1.2.xlf", "ru-RU").sourceWords());
    }

    @Test
    void differenceStateTranslatedWithoutApprovalIsFuzzyForPocount() throws Exception {
        Row theirs = pocount("good/sample-1.2.xlf");
        assertEquals(List.of(0L, 1L), List.of(theirs.translated(), theirs.fuzzy()));
        assertEquals(1, ours("good/sample-1.2.xlf", "ru-RU").translatedUnits());
        // a non-empty target in state needs-translation (OmegaT's source=target form) is fuzzy for pocount,
        // untranslated for us
        assertEquals(3, pocount("good/sample-1.2-omegat.xlf").fuzzy());
        assertEquals(1, ours("good/sample-1.2-omegat.xlf", "ru-RU").translatedUnits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"good/sample-2.0.xlf", "good/sample-2.1.xlf"})
    void differencePocountDoesNotReadXliff2(String fixture) throws Exception {
        assertEquals(0, pocount(fixture).total());
        assertEquals(3, ours(fixture, "en-US").units());
    }

    @Test
    void differenceTranslateNoIsInheritedFromTheGroupForUsOnly() throws Exception {
        // pocount only looks at the trans-unit's own translate attribute: u3 (in a translate="no" group) counts
        Row theirs = pocount("hand/xliff12-rich.xlf");
        FileCoverage ours = Fixtures.read("hand/xliff12-rich.xlf");
        long units = ours.languages().values().stream().mapToLong(LanguageCoverage::units).sum();
        long words = ours.languages().values().stream().mapToLong(LanguageCoverage::sourceWords).sum();
        assertEquals(List.of(units + 1, words + 2), List.of(theirs.total(), theirs.totalWords()));
        long approved = ours.languages().values().stream().mapToLong(LanguageCoverage::approvedUnits).sum();
        assertEquals(approved, theirs.translated());
    }

    @Test
    void differencePocountReadsTmxByPosition() throws Exception {
        // sample.tmx: pocount pairs the 1st and 2nd tuv (kk-KZ, ru-RU) and never sees en-US
        Row theirs = pocount("good/sample.tmx");
        assertEquals(List.of(3L, 3L), List.of(theirs.total(), theirs.translated()));
        assertEquals(3, ours("good/sample.tmx", "ru-RU").translatedUnits());
        assertEquals(2, ours("good/sample.tmx", "en-US").translatedUnits());
        // tmx-rich.tmx: the 1st tuv of tu 1 is English, so pocount counts it as source; we take srclang's tuv
        assertEquals(3, pocount("hand/tmx-rich.tmx").translated());
        assertEquals(List.of(1L, 2L, 1L), List.of(ours("hand/tmx-rich.tmx", "en-US").translatedUnits(),
                ours("hand/tmx-rich.tmx", "ru-RU").translatedUnits(), ours("hand/tmx-rich.tmx", "kk-KZ")
                        .translatedUnits()));
    }
}
