package org.tilmash.steps.repair;

/** The damages {@link KazakhTextRepairStep} repairs, each counted apart in the report. */
public enum RepairKind {
    /** Two lines joined: the break between them was not a paragraph end (initial + name, split abbreviation). */
    JOINED_LINES("joinedLines"),
    /** A ".." joint between two paragraphs turned into a paragraph break (or dropped at the end of a line). */
    PARAGRAPH_JOINTS("paragraphJoints"),
    /** A word broken by a hyphen and spaces ("жариялан-  ды") joined again. */
    REJOINED_HYPHENATIONS("rejoinedHyphenations"),
    /** A word written with look-alike letters of the other script ("бiлiм" with a Latin i) put in one script. */
    MIXED_SCRIPT_WORDS("mixedScriptWords"),
    /** A run of spaces, or a no-break or other special space, made one plain space (or trimmed at a line end). */
    NORMALIZED_SPACES("normalizedSpaces"),
    /** A character that XML 1.0 cannot carry (a control character, U+FFFE, a lone surrogate) removed. */
    REMOVED_INVALID_XML_CHARACTERS("removedInvalidXmlCharacters");

    private final String reportName;

    RepairKind(String reportName) {
        this.reportName = reportName;
    }

    /** The key of this count in report.json. */
    public String reportName() {
        return reportName;
    }
}
