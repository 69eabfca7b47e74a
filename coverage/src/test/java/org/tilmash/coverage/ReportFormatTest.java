package org.tilmash.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportFormatTest {

    private static CoverageReport reportWithInvalidFile() throws Exception {
        CoverageReport samples = CoverageGateTest.samples();
        return new CoverageReport(samples.files(), List.of(new InvalidFile(Path.of("bad & broken.xlf"), 9, 82,
                "malformed XML: <oops>")), samples.policy());
    }

    private static GateResult gate(CoverageReport report) {
        return CoverageGate.parse("ru=95,en=50,de=10", Basis.WORDS).check(report);
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        CoverageReport report = reportWithInvalidFile();
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(report, gate(report)));
        assertEquals("tilmash-coverage/1", json.get("schema").asText());
        assertEquals("words", json.get("basis").asText());
        assertEquals(false, json.get("passed").asBoolean());
        assertEquals(false, json.get("valid").asBoolean());
        JsonNode ru = json.get("totals").get("ru-RU");
        assertEquals(List.of(6L, 4L, 0L, 36L, 24L), List.of(ru.get("units").asLong(), ru.get("translatedUnits").asLong(),
                ru.get("approvedUnits").asLong(), ru.get("sourceWords").asLong(), ru.get("translatedWords").asLong()));
        assertEquals(66.6, ru.get("coverage").get("words").asDouble());
        assertEquals(66.6, ru.get("coverage").get("segments").asDouble());
        assertEquals(1, ru.get("unitsByState").get("translated").asInt());
        JsonNode ruThreshold = json.get("thresholds").get(0);
        assertEquals("ru", ruThreshold.get("language").asText());
        assertEquals(95.0, ruThreshold.get("minimum").asDouble());
        assertEquals(false, ruThreshold.get("passed").asBoolean());
        assertEquals(Fixtures.path("good/sample-1.2.xlf").toString(),
                ruThreshold.get("worstFiles").get(0).get("path").asText());
        assertEquals(12, ruThreshold.get("worstFiles").get(0).get("untranslated").asInt());
        assertEquals(3, json.get("files").size());
        assertEquals("xliff-1.2", json.get("files").get(0).get("format").asText());
        assertEquals("kk-KZ", json.get("files").get(0).get("sourceLanguages").get(0).asText());
        JsonNode invalid = json.get("invalidFiles").get(0);
        assertEquals(List.of("bad & broken.xlf", "9", "82", "malformed XML: <oops>"), List.of(
                invalid.get("path").asText(), invalid.get("line").asText(), invalid.get("column").asText(),
                invalid.get("message").asText()));
    }

    @Test
    void junitParsesAndFailsTheFilesBelowTheMinimum() throws Exception {
        CoverageReport report = reportWithInvalidFile();
        String xml = ReportFormat.JUNIT.render(report, gate(report));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        List<String> failing = new ArrayList<>();
        List<String> erroring = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String id = c.getAttribute("classname") + " " + c.getAttribute("name");
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failing.add(id);
            }
            if (c.getElementsByTagName("error").getLength() > 0) {
                erroring.add(id);
            }
        }
        String xlf12 = Fixtures.path("good/sample-1.2.xlf").toString();
        String xlf20 = Fixtures.path("good/sample-2.0.xlf").toString();
        String tmx = Fixtures.path("good/sample.tmx").toString();
        // en-US: tmx 66.6% passes 50%, xliff 2.0 at 33.3% is below; the en total (50%) passes.
        // ru-RU: xliff 1.2 at 33.3% and the total (66.6%) are below 95%; the tmx (100%) passes. de: no file at all.
        assertEquals(List.of("coverage.en-US " + xlf20, "coverage.ru-RU " + xlf12, "coverage.ru-RU (total)",
                "coverage.de (total)"), failing);
        assertEquals(List.of("coverage.invalid bad & broken.xlf"), erroring);
        assertEquals(3 + 3 + 1 + 1, cases.getLength());   // en-US, ru-RU (2 files + total each), de, invalid
        Element ruSuite = (Element) doc.getElementsByTagName("testsuite").item(1);
        assertEquals("coverage ru-RU", ruSuite.getAttribute("name"));
        assertEquals(List.of("3", "2"), List.of(ruSuite.getAttribute("tests"), ruSuite.getAttribute("failures")));
        assertTrue(xml.contains(tmx));
    }

    @Test
    void markdownHasTheVerdictTableAndInvalidFiles() throws Exception {
        CoverageReport report = reportWithInvalidFile();
        String md = ReportFormat.MARKDOWN.render(report, gate(report));
        assertTrue(md.startsWith("## ❌ Translation coverage by words"), md);
        assertTrue(md.contains("\n| language | units | translated | words | translated words | coverage | minimum |"
                + " status | units by state |\n|---|---|---|---|---|---|---|---|---|\n"), md);
        assertTrue(md.contains("\n| ru-RU | 6 | 4 | 36 | 24 | 66.6% | 95% | FAIL |"), md);
        assertTrue(md.contains("\n| en-US | 6 | 3 | 36 | 18 | 50% | 50% | ok |"), md);
        assertTrue(md.contains("- ❌ ru: 66.6% of words translated (24/36), below the minimum 95%"), md);
        assertTrue(md.contains("- `bad & broken.xlf:9:82: malformed XML: <oops>`"), md);
    }

    @Test
    void textAlignsColumnsAndStatesTheGate() throws Exception {
        CoverageReport report = reportWithInvalidFile();
        String text = ReportFormat.TEXT.render(report, gate(report));
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("language")).findFirst().orElseThrow());
        assertEquals(lines.get(header).indexOf("coverage"), lines.get(header + 2).indexOf("66.6%"));
        assertTrue(lines.get(header + 2).startsWith("ru-RU"));
        assertTrue(text.contains("\ngate: FAILED\n"));
        assertTrue(text.contains("  bad & broken.xlf:9:82: malformed XML: <oops>\n"));
    }
}
