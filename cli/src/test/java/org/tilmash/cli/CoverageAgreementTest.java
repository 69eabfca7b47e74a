package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run summary, report.json and the coverage gate give one coverage figure (core's Coverage): rounded down to one
 * decimal where shown, and the gate passes at exactly the figure shown and fails a tenth above it. On the sample,
 * ru is 2541 of 2596 words, 97.88%: rounding to nearest would show 97.9, which the gate would refuse.
 */
class CoverageAgreementTest {

    private static final Pattern SUMMARY = Pattern.compile("ru-RU +\\d+/\\d+ segments, +\\d+/\\d+ words translated"
            + " \\((\\d+\\.\\d)%\\)");

    @Test
    void summaryReportAndGateAgree(@TempDir Path out) throws Exception {
        Sample.Result run = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Matcher summary = SUMMARY.matcher(run.out());
        assertTrue(summary.find(), run.out());
        double shown = Double.parseDouble(summary.group(1));

        JsonNode ru = new ObjectMapper().readTree(out.resolve("report.json").toFile())
                .get("documents").get(0).get("targets").get("ru-RU");
        assertEquals(shown, ru.get("wordCoverage").asDouble());
        double exact = 100.0 * ru.get("translatedWords").asLong() / ru.get("words").asLong();
        assertEquals(Math.floor(exact * 10) / 10, shown, "rounded down to one decimal");

        String xliff = out.resolve("eurasian-integration.kk-ru.xlf").toString();
        Sample.Result json = Sample.tilmash("coverage", xliff, "--format", "json");
        assertEquals(shown, new ObjectMapper().readTree(json.out()).get("totals").get("ru-RU").get("coverage")
                .get("words").asDouble());
        assertEquals(ExitCode.OK, Sample.tilmash("coverage", xliff, "--min", "ru=" + shown).exitCode());
        String above = String.format(Locale.ROOT, "ru=%.1f", shown + 0.1);
        assertEquals(ExitCode.COVERAGE_BELOW_THRESHOLD, Sample.tilmash("coverage", xliff, "--min", above).exitCode());

        Sample.Result gated = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString(),
                "--min-coverage", above);
        assertEquals(ExitCode.COVERAGE_BELOW_THRESHOLD, gated.exitCode(), gated.err());
        assertTrue(gated.err().contains("ru: " + shown + "% of words translated"), gated.err());
    }
}
