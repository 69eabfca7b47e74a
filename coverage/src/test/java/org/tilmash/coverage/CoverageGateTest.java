package org.tilmash.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageGateTest {

    static CoverageReport samples() throws Exception {
        return new CoverageReport(List.of(Fixtures.read("good/sample-1.2.xlf"), Fixtures.read("good/sample.tmx"),
                Fixtures.read("good/sample-2.0.xlf")), List.of(), TranslatedPolicy.DEFAULT);
    }

    @Test
    void parsesLanguagesAndPercents() {
        CoverageGate gate = CoverageGate.parse(" ru=95, en = 80.5%,pt-BR=0", Basis.SEGMENTS);
        assertEquals(List.of(new Threshold("ru", 95), new Threshold("en", 80.5), new Threshold("pt-BR", 0)),
                gate.thresholds());
        assertEquals(Basis.SEGMENTS, gate.basis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ru", "ru=", "ru=abc", "=95", "ru=95,", "ru=101", "ru=95,RU=90", "ru:95", "ru=-1"})
    void rejectsMalformedSpecs(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoverageGate.parse(spec, Basis.WORDS));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void primarySubtagMatchesEveryRegionAndRegionMatchesOnlyItself() {
        assertTrue(new Threshold("ru", 1).matches("ru-RU"));
        assertTrue(new Threshold("RU", 1).matches("ru-KZ"));
        assertFalse(new Threshold("ru", 1).matches("rue-UA"));
        assertTrue(new Threshold("pt-br", 1).matches("pt-BR"));
        assertFalse(new Threshold("pt-BR", 1).matches("pt-PT"));
    }

    @Test
    void failsBelowByWordsNamingTheWorstFiles() throws Exception {
        // ru: sample-1.2 6/18 words + sample.tmx 18/18 = 24/36 = 66.6%; en: tmx 12/18 + xliff2 6/18 = 18/36 = 50%
        GateResult result = CoverageGate.parse("ru=95,en=50", Basis.WORDS).check(samples());
        assertFalse(result.passed());
        assertEquals(1, result.failures().size());
        LanguageVerdict ru = result.failures().get(0);
        assertEquals(List.of(24L, 36L), List.of(ru.translated(), ru.total()));
        assertEquals(List.of(Fixtures.path("good/sample-1.2.xlf")),
                ru.worstFiles().stream().map(LanguageVerdict.Shortfall::file).toList());
        assertEquals(List.of("ru: 66.6% of words translated (24/36), below the minimum 95%; most untranslated: "
                + Fixtures.path("good/sample-1.2.xlf") + " (12 words)"), result.failureLines());
        assertTrue(result.verdicts().get(1).passed());
    }

    @Test
    void bySegmentsCountsUnits() throws Exception {
        // en by units: tmx 2/3 + xliff2 1/3 = 3/6 = 50%
        assertTrue(CoverageGate.parse("en=50", Basis.SEGMENTS).check(samples()).passed());
        assertFalse(CoverageGate.parse("en=50.1", Basis.SEGMENTS).check(samples()).passed());
    }

    @Test
    void aLanguageNoFileHasFails() throws Exception {
        GateResult result = CoverageGate.parse("de=10", Basis.WORDS).check(samples());
        assertEquals(List.of("de: no units in this language in any file; minimum 10%"), result.failureLines());
    }

    @Test
    void noThresholdsPass() throws Exception {
        GateResult result = CoverageGate.none(Basis.WORDS).check(samples());
        assertTrue(result.passed());
        assertTrue(result.failureLines().isEmpty());
    }
}
