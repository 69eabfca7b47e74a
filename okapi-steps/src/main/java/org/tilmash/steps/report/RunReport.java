package org.tilmash.steps.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything {@code report.json} holds for one run: the documents and the totals per target language. */
@JsonPropertyOrder({"tool", "version", "generated", "documents", "totals"})
public final class RunReport {
    private final String version;
    private final String generated;
    private final List<DocumentReport> documents = new ArrayList<>();

    /**
     * @param version   the tool version
     * @param generated the run's time stamp, ISO 8601 (follows SOURCE_DATE_EPOCH when set, for reproducible output)
     */
    public RunReport(String version, String generated) {
        this.version = version;
        this.generated = generated;
    }

    DocumentReport startDocument(String source) {
        DocumentReport document = new DocumentReport(source);
        documents.add(document);
        return document;
    }

    /** Appends the documents of another report (the report of one document of a run run in parallel). */
    public void add(RunReport other) {
        documents.addAll(other.documents);
    }

    public String getTool() {
        return "tilmash";
    }

    public String getVersion() {
        return version;
    }

    public String getGenerated() {
        return generated;
    }

    public List<DocumentReport> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    /** Coverage per target language over all documents. */
    public Map<String, TargetCoverage> getTotals() {
        Map<String, TargetCoverage> totals = new LinkedHashMap<>();
        for (DocumentReport document : documents) {
            document.getTargets().forEach((lang, coverage) ->
                    totals.computeIfAbsent(lang, k -> new TargetCoverage()).add(coverage));
        }
        return totals;
    }

    public void writeJson(OutputStream out) throws IOException {
        // Reflection gives a class's properties in no fixed order: report sections from steps without
        // @JsonPropertyOrder are written in name order, so that two runs write the same bytes.
        JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, this);
    }
}
