package org.tilmash.steps.align;

/**
 * One link of a sentence alignment: {@code sourceCount} consecutive source sentences from {@code sourceStart}
 * correspond to {@code targetCount} consecutive target sentences from {@code targetStart}. A count of zero is a
 * sentence with no counterpart (1-0 or 0-1).
 *
 * @param confidence 0..1, how sure the aligner is of this link
 */
public record Link(int sourceStart, int sourceCount, int targetStart, int targetCount, double confidence) {

    /** The link type as reviewers read it, e.g. {@code "2-1"} (source sentences - target sentences). */
    public String type() {
        return sourceCount + "-" + targetCount;
    }

    /** Whether the link pairs text on both sides (not 1-0 or 0-1). */
    public boolean isPair() {
        return sourceCount > 0 && targetCount > 0;
    }
}
