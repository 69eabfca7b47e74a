package org.tilmash.steps.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import org.junit.jupiter.api.Test;

class SectionOrderTest {

    /** Sections arrive in whatever order Okapi's annotation map yields them; report.json has one fixed order. */
    @Test
    void sectionsAreWrittenInPipelineOrderWhateverTheirArrival() throws Exception {
        RunReport report = new RunReport("test", "2026-01-01T00:00:00Z");
        DocumentReport document = report.startDocument("a.kk.txt");
        document.addSection("zeta", Map.of("n", 1));
        document.addSection("memory", Map.of("n", 2));
        document.addSection("alignment", Map.of("n", 3));
        document.addSection("beta", Map.of("n", 4));
        document.addSection("repairs", Map.of("n", 5));
        document.target(LocaleId.fromBCP47("ru-RU")).countSegment(3, true, "aligned", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeJson(out);
        String json = out.toString(StandardCharsets.UTF_8);
        int repairs = json.indexOf("\"repairs\"");
        int alignment = json.indexOf("\"alignment\"");
        int memory = json.indexOf("\"memory\"");
        int beta = json.indexOf("\"beta\"");
        int zeta = json.indexOf("\"zeta\"");
        assertTrue(repairs > 0 && repairs < alignment && alignment < memory && memory < beta && beta < zeta, json);
    }
}
