package org.tilmash.steps.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;
import org.tilmash.core.Coverage;

/**
 * How much of a document (or a run) one target language covers. Words are the GMX-V source words of the segments
 * whose slot is filled: the measure translators and CI gates use, independent of the target's length. The
 * percentages are tilmash's one {@link Coverage} computation, so report.json, the run summary and the coverage gate
 * agree.
 */
@JsonPropertyOrder({"segments", "translatedSegments", "words", "translatedWords", "segmentCoverage", "wordCoverage",
    "byOrigin", "suggestions"})
public final class TargetCoverage {
    private final Coverage coverage = new Coverage();
    private long suggestions;
    private final Map<String, Long> byOrigin = new TreeMap<>();

    void countSegment(long sourceWords, boolean translated, String origin, boolean suggested) {
        coverage.count(sourceWords, translated);
        if (translated) {
            byOrigin.merge(origin, 1L, Long::sum);
        }
        if (suggested) {
            suggestions++;
        }
    }

    void add(TargetCoverage other) {
        coverage.add(other.coverage);
        suggestions += other.suggestions;
        other.byOrigin.forEach((k, v) -> byOrigin.merge(k, v, Long::sum));
    }

    public long getSegments() {
        return coverage.units();
    }

    public long getTranslatedSegments() {
        return coverage.translatedUnits();
    }

    public long getWords() {
        return coverage.words();
    }

    public long getTranslatedWords() {
        return coverage.translatedWords();
    }

    /** Segments with a translation by where it came from: {@code aligned}, {@code memory exact}, {@code merged}. */
    public Map<String, Long> getByOrigin() {
        return byOrigin;
    }

    /** Segments that got fuzzy memory suggestions; these do not count as coverage. */
    public long getSuggestions() {
        return suggestions;
    }

    public double getSegmentCoverage() {
        return coverage.unitPercent();
    }

    public double getWordCoverage() {
        return coverage.wordPercent();
    }
}
