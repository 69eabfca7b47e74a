package org.tilmash.steps.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tilmash.steps.repair.RepairKind;

/** What issue 3 asks of the segmentation of the sample, checked on every segment. */
class SampleSegmentationTest {

    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[^\\p{L}\\p{N}])\\p{Lu}\\.$");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern MIXED_WORD =
            Pattern.compile("\\p{L}*(?:\\p{IsLatin}\\p{L}*\\p{IsCyrillic}|\\p{IsCyrillic}\\p{L}*\\p{IsLatin})\\p{L}*");
    private static final Pattern LINE_ARTEFACT = Pattern.compile("[\\r\\n\\u00A0\\t]| {2}|\\p{Ll}- +\\p{Ll}|[^.]\\.\\.[^.]");

    private static RepairAndSegment.Result result;

    @BeforeAll
    static void segmentTheSample() throws IOException {
        result = RepairAndSegment.kazakh(GoldSegmentationTest.read("../seeds/eurasian-integration.kk.txt"));
    }

    @Test
    void noSegmentIsAnInitialCutFromItsName() {
        for (String segment : result.segments()) {
            assertFalse(ENDS_WITH_INITIAL.matcher(segment).find(), segment);
        }
    }

    @Test
    void noSegmentIsLonePunctuation() {
        for (String segment : result.segments()) {
            assertTrue(HAS_LETTER_OR_DIGIT.matcher(segment).find(), "[" + segment + "]");
        }
    }

    @Test
    void noLineBreakArtefactStaysInASegment() {
        for (String segment : result.segments()) {
            assertFalse(LINE_ARTEFACT.matcher(segment).find(), segment);
        }
    }

    @Test
    void everyMixedScriptWordIsRepaired() {
        for (String segment : result.segments()) {
            assertFalse(MIXED_WORD.matcher(segment).find(), segment);
        }
        // The sample has 34 words with a Latin i among Cyrillic letters.
        assertEquals(34, result.repairs().count(RepairKind.MIXED_SCRIPT_WORDS));
    }

    @Test
    void theKnownDamagesAreRepaired() {
        List<String> segments = result.segments();
        assertTrue(segments.stream().anyMatch(s -> s.startsWith("Н. Назарбаев Орта Азия")));
        assertTrue(segments.stream().anyMatch(s -> s.contains("1994 жылы М.В. Ломоносов атындағы")));
        assertTrue(segments.stream().anyMatch(s -> s.endsWith("үндестіру және т. б.")));
        assertTrue(segments.stream().anyMatch(s -> s.startsWith("Саммиттің қаулысында былай деп жарияланды:")));
        assertTrue(segments.contains("Тәуелсіздік алғаннан кейінгі посткеңестік елдердің алғашқы интеграциялық "
                + "талпынысы Тәуелсіз Мемлекеттер Достастығын құрудан басталды."));
        assertTrue(result.repairs().count(RepairKind.PARAGRAPH_JOINTS) >= 35);
        assertEquals(3, result.repairs().count(RepairKind.REJOINED_HYPHENATIONS));
    }
}
