package org.tilmash.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/** The machine-readable report; its schema ({@code tilmash-coverage/1}) is documented in coverage/README.md. */
final class JsonReport implements ReportWriter {
    static final String SCHEMA = "tilmash-coverage/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(CoverageReport report, GateResult gate) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("basis", gate.basis().label());
        report.policy().states().forEach(root.putArray("translatedStates")::add);
        root.put("passed", gate.passed());
        root.put("valid", report.invalidFiles().isEmpty());
        languages(root.putObject("totals"), report.totals());
        ArrayNode thresholds = root.putArray("thresholds");
        for (LanguageVerdict v : gate.verdicts()) {
            ObjectNode t = thresholds.addObject();
            t.put("language", v.threshold().language());
            t.put("minimum", v.threshold().minPercent());
            t.put("coverage", Percent.round(v.percent()));
            t.put("units", v.units());
            t.put("translated", v.translated());
            t.put("total", v.total());
            t.put("passed", v.passed());
            ArrayNode worst = t.putArray("worstFiles");
            v.worstFiles().forEach(s -> worst.addObject().put("path", s.file().toString())
                    .put("language", s.language()).put("untranslated", s.untranslated()));
        }
        ArrayNode files = root.putArray("files");
        for (FileCoverage file : report.files()) {
            ObjectNode f = files.addObject();
            f.put("path", file.file().toString());
            f.put("format", file.format());
            file.sourceLanguages().forEach(f.putArray("sourceLanguages")::add);
            languages(f.putObject("languages"), file.languages());
        }
        ArrayNode invalid = root.putArray("invalidFiles");
        report.invalidFiles().forEach(i -> invalid.addObject().put("path", i.file().toString())
                .put("line", i.line()).put("column", i.column()).put("message", i.message()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serialises; this would be a Jackson bug
            throw new UncheckedIOException(e);
        }
    }

    private static void languages(ObjectNode into, Map<String, LanguageCoverage> languages) {
        languages.forEach((tag, c) -> {
            ObjectNode l = into.putObject(tag);
            l.put("units", c.units());
            l.put("translatedUnits", c.translatedUnits());
            l.put("approvedUnits", c.approvedUnits());
            l.put("sourceWords", c.sourceWords());
            l.put("translatedWords", c.translatedWords());
            ObjectNode coverage = l.putObject("coverage");
            for (Basis basis : Basis.values()) {
                coverage.put(basis.label(), Percent.round(c.percent(basis)));
            }
            ObjectNode states = l.putObject("unitsByState");
            c.unitsByState().forEach(states::put);
        });
    }
}
