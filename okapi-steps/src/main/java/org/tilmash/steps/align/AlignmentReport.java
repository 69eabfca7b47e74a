package org.tilmash.steps.align;

import java.util.List;
import java.util.Map;
import org.tilmash.steps.report.ReportSection;

/**
 * The "alignment" section of a document's report: per target language (ru-RU, en-US) what was aligned and what a
 * reviewer should look at.
 */
record AlignmentReport(Map<String, LanguageAlignment> languages) implements ReportSection {

    @Override
    public String sectionName() {
        return "alignment";
    }

    @Override
    public Object sectionValue() {
        return languages;
    }

    /**
     * One target language.
     *
     * @param translation          the translation file, or null if none was found
     * @param warning              why the slots of this language stay empty, or null
     * @param linksByType          link counts by type ("1-1", "2-1", "1-0", ...)
     * @param meanConfidence       mean confidence of the links pairing text
     * @param slotsFilled          slots filled
     * @param slotsBelowThreshold  slots left empty because their link was below the minimum confidence
     * @param lowConfidence        links to review, least confident first
     * @param unlinkedTargetLines  lines of the translation holding sentences linked to no source (0-1)
     */
    record LanguageAlignment(String translation, String warning, int sourceSentences, int targetSentences,
                             Map<String, Integer> linksByType, double meanConfidence, int slotsFilled,
                             int slotsBelowThreshold, List<ReviewItem> lowConfidence,
                             List<Integer> unlinkedTargetLines) {

        static LanguageAlignment warning(String translation, String warning, int sourceSentences) {
            return new LanguageAlignment(translation, warning, sourceSentences, 0, Map.of(), 0, 0, 0, List.of(),
                    List.of());
        }
    }

    /** A link to review: its type, confidence, source segments (unit id:segment id) and target lines. */
    record ReviewItem(String type, double confidence, List<String> sourceSegments, List<Integer> targetLines) {
    }
}
