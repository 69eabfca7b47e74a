package org.tilmash.steps.align;

/**
 * The paragraphs of each side that a first alignment found holding the starts of several paragraphs of the other
 * side: a run of short lines (dialogue, a list, headings) that the translator put on one line, or that the source
 * has on one line and the translation keeps apart.
 *
 * <p>Joining such a run is one act of the translator, however many lines it takes. Every path through the run
 * disagrees on the paragraph starts inside it, the right 1-1 links included; charged in full on each link, those
 * disagreements make a path with fewer links through the run (a 1-2 link, then a skipped line at its end) the
 * cheaper one, and the run comes out shifted by a line. So against these paragraphs a disagreement, and a link
 * that spans two paragraphs of the other side, cost only the first pass's weak hint ({@link ParagraphHint}), and
 * when the document's hint is estimated the run counts as one disagreement, not one per line (counted per line, a
 * few joined runs would weaken the hint for the whole document, and runs elsewhere that the translation keeps
 * apart would lose their position).
 */
final class JoinedParagraphs {
    /**
     * How many starts of the other side's paragraphs a paragraph must hold: two, a run of at least three lines put
     * on one. A paragraph holding one start is an ordinary merge of two paragraphs, which the document's hint weighs
     * (and which a misaligned link of the first alignment would also look like).
     */
    private static final int MIN_STARTS_HELD = 2;
    /** Nothing joined: the first alignment's view. */
    static final JoinedParagraphs NONE = new JoinedParagraphs(new boolean[0], new boolean[0], 0);

    private final boolean[] source;
    private final boolean[] target;
    private final int runs;

    private JoinedParagraphs(boolean[] source, boolean[] target, int runs) {
        this.source = source;
        this.target = target;
        this.runs = runs;
    }

    /** The joined paragraphs found by the links of an alignment path (move codes of {@link BeadCost#SHAPES}). */
    static JoinedParagraphs found(PairFeatures features, byte[] path) {
        PairFeatures.Side src = features.source;
        PairFeatures.Side trg = features.target;
        int[] sourceOrdinal = ordinals(src);
        int[] targetOrdinal = ordinals(trg);
        int[] heldBySource = new int[src.size + 1];
        int[] heldByTarget = new int[trg.size + 1];
        int i = 0;
        int j = 0;
        for (byte move : path) {
            if (BeadCost.SHAPES[move][0] > 0 && BeadCost.SHAPES[move][1] > 0) {
                if (src.paragraphStart[i] && !trg.paragraphStart[j]) {
                    heldByTarget[targetOrdinal[j]]++;
                } else if (trg.paragraphStart[j] && !src.paragraphStart[i]) {
                    heldBySource[sourceOrdinal[i]]++;
                }
            }
            i += BeadCost.SHAPES[move][0];
            j += BeadCost.SHAPES[move][1];
        }
        return new JoinedParagraphs(marked(sourceOrdinal, heldBySource), marked(targetOrdinal, heldByTarget),
                joinedCount(heldBySource) + joinedCount(heldByTarget));
    }

    /** How many joined paragraphs there are, on both sides. */
    int runs() {
        return runs;
    }

    /**
     * Whether a link starting at source sentence s and target sentence t disagrees on a paragraph start because
     * the sentence that does not start a paragraph lies in a joined paragraph.
     */
    boolean explains(PairFeatures features, int s, int t) {
        boolean sourceStarts = features.source.paragraphStart[s];
        boolean targetStarts = features.target.paragraphStart[t];
        return sourceStarts && !targetStarts && inTarget(t) || targetStarts && !sourceStarts && inSource(s);
    }

    /** Whether source sentence s lies in a paragraph that holds a run of target paragraphs. */
    boolean inSource(int s) {
        return s < source.length && source[s];
    }

    /** Whether target sentence t lies in a paragraph that holds a run of source paragraphs. */
    boolean inTarget(int t) {
        return t < target.length && target[t];
    }

    private static int[] ordinals(PairFeatures.Side side) {
        int[] ordinal = new int[side.size];
        int current = -1;
        for (int k = 0; k < side.size; k++) {
            if (side.paragraphStart[k]) {
                current++;
            }
            ordinal[k] = Math.max(current, 0);
        }
        return ordinal;
    }

    private static int joinedCount(int[] held) {
        int count = 0;
        for (int h : held) {
            if (h >= MIN_STARTS_HELD) {
                count++;
            }
        }
        return count;
    }

    private static boolean[] marked(int[] ordinal, int[] held) {
        boolean[] marked = new boolean[ordinal.length];
        for (int k = 0; k < ordinal.length; k++) {
            marked[k] = held[ordinal[k]] >= MIN_STARTS_HELD;
        }
        return marked;
    }
}
