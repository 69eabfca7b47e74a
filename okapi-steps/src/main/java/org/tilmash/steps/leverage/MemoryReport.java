package org.tilmash.steps.leverage;

import java.util.Map;
import org.tilmash.steps.report.ReportSection;

/**
 * The {@code "memory"} section of a document's report.
 *
 * @param memory            the memory used (its directory or TMX file name)
 * @param exactFills        per target language, slots filled from exact matches
 * @param fuzzySuggestions  per target language, empty slots given fuzzy suggestions ({@code <alt-trans>}); these
 *                          do not count as coverage
 * @param paragraphFills    per target language, paragraphs of several segments filled as one unit from a memory
 *                          unit holding the whole paragraph (not counted in {@code exactFills})
 * @param fuzzyThreshold    the lowest score (%) offered as a suggestion
 */
public record MemoryReport(String memory, Map<String, Long> exactFills, Map<String, Long> fuzzySuggestions,
        Map<String, Long> paragraphFills, int fuzzyThreshold) implements ReportSection {

    @Override
    public String sectionName() {
        return "memory";
    }

    @Override
    public Object sectionValue() {
        return this;
    }
}
