package org.tilmash.steps.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import org.junit.jupiter.api.Test;

/**
 * report.json lists properties in a fixed order: Java reflection gives a class's methods in no fixed order, so two JVMs
 * wrote the same report with its keys shuffled (seen with TargetCoverage between the release archive and the jar).
 */
class ReportOrderTest {

    /** A section as a step may add one: a bean without @JsonPropertyOrder. */
    public static final class Section {
        public int getZeta() {
            return 1;
        }

        public int getAlpha() {
            return 2;
        }

        public int getMu() {
            return 3;
        }
    }

    @Test
    void targetCoverageInItsDeclaredOrderAndSectionsInNameOrder() throws Exception {
        RunReport report = new RunReport("1.0", "2026-11-24T00:00:00Z");
        DocumentReport document = report.startDocument("a.kk.txt");
        document.countSegment(3);
        document.target(LocaleId.fromBCP47("ru-RU")).countSegment(3, true, "aligned", false);
        document.addSection("step", new Section());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        report.writeJson(json);
        List<String> keys = keys(json.toString(StandardCharsets.UTF_8));

        int ru = keys.indexOf("ru-RU");
        assertEquals(List.of("segments", "translatedSegments", "words", "translatedWords", "segmentCoverage",
                "wordCoverage", "byOrigin", "aligned", "suggestions"), keys.subList(ru + 1, ru + 10));
        int step = keys.indexOf("step");
        assertEquals(List.of("alpha", "mu", "zeta"), keys.subList(step + 1, step + 4));
    }

    private static List<String> keys(String json) {
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("\"([^\"]+)\" :").matcher(json);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }
}
