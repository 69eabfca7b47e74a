package org.tilmash.steps.align;

/**
 * How much the paragraphs of a document pair say about its links: the cost of a link that starts a paragraph on one
 * side only, and of a link that joins sentences of different paragraphs on one side.
 *
 * <p>Before any link is known the hint is weak ({@link #INITIAL}). Afterwards it is the log-odds of a paragraph
 * start disagreeing, estimated from the first alignment's links (Laplace's rule of succession): a catalogue of UI
 * strings or a declaration whose translation keeps every paragraph makes a disagreement very costly, so runs of
 * short lines (dialogue, lists, headings) hold their position; a translation that joins and splits paragraphs
 * freely, or comes on one line, makes it almost free.
 *
 * @param startMismatch the cost of a link starting a paragraph on one side only
 * @param crossing      the cost of each paragraph boundary inside one side of a link
 */
record ParagraphHint(double startMismatch, double crossing) {

    /**
     * The first pass's hint: the values the aligner used before the hint was estimated, tuned then on the
     * project's own gold sets (development split): a start mismatch 0.6, a crossing 2.0.
     */
    static final ParagraphHint INITIAL = new ParagraphHint(0.6, 2.0);
    /**
     * Bounds of the estimated start-mismatch cost: never below the first pass's value, never so high that paragraphs
     * overrule lengths and anchors (a 1-0 and a 0-1, about 10.6, would then be cheaper than crossing a boundary).
     */
    private static final double MIN_COST = 0.6;
    private static final double MAX_COST = 6.0;

    /**
     * The cost of a start disagreement inside a paragraph that holds a run of the other side's paragraphs
     * ({@link JoinedParagraphs}): no more than the first pass's weak hint, as the join is one act of the translator.
     */
    double continuedJoin() {
        return Math.min(startMismatch, INITIAL.startMismatch());
    }

    /** The cost of a link spanning two paragraphs of one side against a joined paragraph of the other: as weak. */
    double crossingIntoJoin() {
        return Math.min(crossing, INITIAL.crossing());
    }

    /**
     * The hint estimated from the pair links of a first alignment.
     *
     * @param links      the links with a sentence on both sides
     * @param mismatches how many of them start a paragraph on one side only
     */
    static ParagraphHint estimate(int links, int mismatches) {
        double p = (mismatches + 1.0) / (links + 2.0);
        double cost = Math.max(MIN_COST, Math.min(MAX_COST, Math.log((1 - p) / p)));
        // A boundary inside a link is a paragraph start on one side only, at least as unlikely as one at its head;
        // keep the first pass's crossing cost as the floor.
        return new ParagraphHint(cost, Math.max(INITIAL.crossing(), cost));
    }
}
