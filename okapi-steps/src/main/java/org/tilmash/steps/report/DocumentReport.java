package org.tilmash.steps.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
    /**
     * The steps' sections in pipeline order, then any other by name: an explicit order, since the steps attach them
     * to one Okapi {@code Annotations} map, whose iteration order depends on how the JVM was launched.
     */
    static final List<String> SECTION_ORDER = List.of("repairs", "alignment", "memory");
    private final Map<String, Object> sections = new TreeMap<>(Comparator
            .comparingInt((String name) -> SECTION_ORDER.contains(name) ? SECTION_ORDER.indexOf(name)
                    : SECTION_ORDER.size())
            .thenComparing(Comparator.naturalOrder()));

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
