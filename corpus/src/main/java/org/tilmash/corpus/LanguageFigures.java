package org.tilmash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document's figures for one target language, read from the report {@code run} wrote for it.
 *
 * @param aligned       whether a translation was aligned (false: none given)
 * @param linksByType   alignment links by type ({@code 1-1}, {@code 2-1}...)
 * @param meanConfidence mean confidence of the links (0 when not aligned)
 * @param lowConfidence  links listed for review
 */
record LanguageFigures(long segments, long translatedSegments, long words, long translatedWords, boolean aligned,
                       Map<String, Long> linksByType, double meanConfidence, int lowConfidence)
        implements Serializable {

    /** From {@code documents[0].targets.LANG} and {@code documents[0].sections.alignment.LANG} of run's report. */
    static LanguageFigures of(JsonNode coverage, JsonNode alignment) {
        Map<String, Long> links = new TreeMap<>();
        alignment.path("linksByType").fields().forEachRemaining(e -> links.put(e.getKey(), e.getValue().asLong()));
        return new LanguageFigures(coverage.path("segments").asLong(), coverage.path("translatedSegments").asLong(),
                coverage.path("words").asLong(), coverage.path("translatedWords").asLong(),
                alignment.path("translation").isTextual() && alignment.path("warning").isNull(), links,
                alignment.path("meanConfidence").asDouble(), alignment.path("lowConfidence").size());
    }

    /** Translated share of the source words, in %; 100 for a document without words. */
    double wordCoverage() {
        return words == 0 ? 100 : 100.0 * translatedWords / words;
    }

    long links() {
        return linksByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
