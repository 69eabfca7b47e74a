package org.tilmash.steps.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of a document (or a run) one target language covers. Words are the GMX-V source words of the segments
 * whose slot is filled: the measure translators and CI gates use, independent of the target's length.
 */
@JsonPropertyOrder({"segments", "translatedSegments", "words", "translatedWords", "suggestions", "byOrigin",
    "wordCoverage", "segmentCoverage"})
public final class TargetCoverage {
    private long segments;
    private long translatedSegments;
    private long words;
    private long translatedWords;
    private long suggestions;
    private final Map<String, Long> byOrigin = new TreeMap<>();

    void countSegment(long sourceWords, boolean translated, String origin, boolean suggested) {
        segments++;
        words += sourceWords;
        if (translated) {
            translatedSegments++;
            translatedWords += sourceWords;
            byOrigin.merge(origin, 1L, Long::sum);
        }
        if (suggested) {
            suggestions++;
        }
    }

    void add(TargetCoverage other) {
        segments += other.segments;
        translatedSegments += other.translatedSegments;
        words += other.words;
        translatedWords += other.translatedWords;
        suggestions += other.suggestions;
        other.byOrigin.forEach((k, v) -> byOrigin.merge(k, v, Long::sum));
    }

    public long getSegments() {
        return segments;
    }

    public long getTranslatedSegments() {
        return translatedSegments;
    }

    public long getWords() {
        return words;
    }

    public long getTranslatedWords() {
        return translatedWords;
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
        return percent(translatedSegments, segments);
    }

    public double getWordCoverage() {
        return percent(translatedWords, words);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(10000.0 * part / whole) / 100.0;
    }
}
