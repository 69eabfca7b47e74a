package org.tilmash.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rows the human formats (text, Markdown) share: one table per language, one per file and language. */
final class ReportTables {
    static final List<String> LANGUAGE_HEADER = List.of("language", "units", "translated", "words",
            "translated words", "coverage", "minimum", "status", "units by state");
    static final List<String> FILE_HEADER = List.of("file", "format", "language", "units", "translated", "words",
            "translated words", "coverage", "status");

    private ReportTables() {
    }

    static List<List<String>> languageRows(CoverageReport report, GateResult gate) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, LanguageCoverage> entry : report.totals().entrySet()) {
            LanguageCoverage c = entry.getValue();
            Optional<Threshold> threshold = gate.thresholdFor(entry.getKey());
            String status = gate.verdicts().stream().filter(v -> v.threshold().matches(entry.getKey()))
                    .findFirst().map(v -> v.passed() ? "ok" : "FAIL").orElse("-");
            rows.add(List.of(entry.getKey(), String.valueOf(c.units()), String.valueOf(c.translatedUnits()),
                    String.valueOf(c.sourceWords()), String.valueOf(c.translatedWords()),
                    Percent.format(c.percent(gate.basis())) + "%",
                    threshold.map(t -> Percent.format(t.minPercent()) + "%").orElse("-"), status, states(c)));
        }
        return rows;
    }

    static List<List<String>> fileRows(CoverageReport report, GateResult gate) {
        List<List<String>> rows = new ArrayList<>();
        for (FileCoverage file : report.files()) {
            file.languages().forEach((tag, c) -> rows.add(List.of(file.file().toString(), file.format(), tag,
                    String.valueOf(c.units()), String.valueOf(c.translatedUnits()), String.valueOf(c.sourceWords()),
                    String.valueOf(c.translatedWords()), Percent.format(c.percent(gate.basis())) + "%",
                    fileStatus(gate, tag, c))));
        }
        return rows;
    }

    /** ok / below / - : whether this file alone reaches its language's minimum (the gate itself sums files). */
    static String fileStatus(GateResult gate, String tag, LanguageCoverage c) {
        return gate.thresholdFor(tag)
                .map(t -> t.reachedBy(c.translated(gate.basis()), c.total(gate.basis())) ? "ok" : "below")
                .orElse("-");
    }

    private static String states(LanguageCoverage c) {
        return c.unitsByState().isEmpty() ? "-" : c.unitsByState().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String heading(CoverageReport report, GateResult gate) {
        return "Translation coverage by " + gate.basis().label() + " (translated: non-empty target with state "
                + String.join(", ", report.policy().states()) + ", or approved=\"yes\")";
    }
}
