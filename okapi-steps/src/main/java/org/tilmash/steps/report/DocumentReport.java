package org.tilmash.steps.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import net.sf.okapi.common.LocaleId;

/** The figures of one source document: its size, its coverage per target language, and the steps' sections. */
@JsonPropertyOrder({"source", "paragraphs", "segments", "words", "targets", "sections"})
public final class DocumentReport {
    private final String source;
    private long paragraphs;
    private long segments;
    private long words;
    private final Map<String, TargetCoverage> targets = new LinkedHashMap<>();
    /** By name: the steps attach them to the Ending in no defined order (Okapi keeps annotations in a hash map). */
    private final Map<String, Object> sections = new TreeMap<>();

    DocumentReport(String source) {
        this.source = source;
    }

    void countParagraph() {
        paragraphs++;
    }

    void countSegment(long sourceWords) {
        segments++;
        words += sourceWords;
    }

    TargetCoverage target(LocaleId locale) {
        return targets.computeIfAbsent(locale.toBCP47(), k -> new TargetCoverage());
    }

    void addSection(String name, Object value) {
        sections.put(name, value);
    }

    public String getSource() {
        return source;
    }

    public long getParagraphs() {
        return paragraphs;
    }

    public long getSegments() {
        return segments;
    }

    public long getWords() {
        return words;
    }

    /** Coverage per target language, keyed by BCP 47 tag. */
    public Map<String, TargetCoverage> getTargets() {
        return targets;
    }

    /** What the steps reported (repairs, alignment, memory...), keyed by section name. */
    public Map<String, Object> getSections() {
        return sections;
    }
}
