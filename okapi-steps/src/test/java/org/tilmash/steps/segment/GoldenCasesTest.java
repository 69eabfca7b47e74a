package org.tilmash.steps.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden cases of golden-cases.txt, each segmented with tilmash.srx for its language. */
class GoldenCasesTest {

    private static final SegmentationRules RULES = SegmentationRules.tilmash();
    private static final Map<String, ISegmenter> SEGMENTERS = new HashMap<>();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = GoldenCasesTest.class.getResourceAsStream("golden-cases.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                String language = line.substring(0, colon);
                List<String> expected = Arrays.asList(line.substring(colon + 2).split(" \\| "));
                cases.add(Arguments.of(language, expected, "line " + (i + 1)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2} {0}: {1}")
    @MethodSource("cases")
    void segmentsAsTheEditorWould(String language, List<String> expected, String where) {
        assertEquals(expected, segment(language, String.join(" ", expected)), where);
    }

    @Test
    void theCasesAreEnoughAndCoverAllThreeLanguages() throws IOException {
        Map<String, Long> perLanguage = new HashMap<>();
        cases().forEach(c -> perLanguage.merge((String) c.get()[0], 1L, Long::sum));
        assertTrue(perLanguage.get("kk") >= 150, "Kazakh cases: " + perLanguage.get("kk"));
        assertTrue(perLanguage.get("ru") >= 20, "Russian cases: " + perLanguage.get("ru"));
        assertTrue(perLanguage.get("en") >= 20, "English cases: " + perLanguage.get("en"));
    }

    static List<String> segment(String language, String text) {
        ISegmenter segmenter = SEGMENTERS.computeIfAbsent(language, l -> RULES.segmenter(LocaleId.fromString(l)));
        TextContainer container = new TextContainer(text);
        segmenter.computeSegments(container);
        container.getSegments().create(segmenter.getRanges());
        List<String> segments = new ArrayList<>();
        for (Segment segment : container.getSegments()) {
            segments.add(segment.getContent().getText());
        }
        return segments;
    }
}
