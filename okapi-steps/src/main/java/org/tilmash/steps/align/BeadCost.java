package org.tilmash.steps.align;

/**
 * The cost (a negative log-likelihood, lower is better) of a bead: a group of consecutive source sentences
 * linked to a group of consecutive target sentences. It adds up
 * <ul>
 * <li>the prior of the bead type (Gale and Church's frequencies: most links are 1-1);</li>
 * <li>the length term of a {@link LengthModel}, estimated from the document pair ({@link #withModels});</li>
 * <li>the anchors: a bonus for every weighted key found on both sides of the bead, a smaller penalty for every
 *     key found on one side only (skipping a sentence leaves all of its keys unmatched);</li>
 * <li>differences in the punctuation translators keep;</li>
 * <li>the paragraph hint ({@link ParagraphHint}): a penalty for joining sentences of different paragraphs and for
 *     a link that starts a paragraph on one side only, as strong as the document pair's paragraphs agree (weak
 *     inside a run of paragraphs that the other side has on one line: {@link JoinedParagraphs}). Soft, because
 *     paragraph counts differ between translations;</li>
 * <li>where a third translation exists, its {@link PivotAgreement} with the bead.</li>
 * </ul>
 */
final class BeadCost {
    /** Bead shapes as (source sentences, target sentences); the index is the move code of the dynamic program. */
    static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}};
    /** The most sentences a bead takes on one side. */
    static final int MAX_SPAN = 3;
    /**
     * Priors of the shapes. 1-1, 1-0/0-1, 2-1/1-2: Gale and Church (1993, table 5: 0.89, 0.0099, 0.089), split
     * evenly between the two directions. 2-2, 1-3 and 3-1 are not single events but a 1-1 link cut again on one or
     * both sides, so their prior is the product of the cuts: P(2-1) P(1-2) / P(1-1) = 0.0445^2 / 0.89 = 0.0022 (Gale
     * and Church observed 0.011 for 2-2, which merges two correct 1-1 links in news prose too readily: issue 9), and
     * the same for 1-3 and 3-1. The development split (the project's gold sets and the real set's development
     * documents, 4,791 links) agrees: 2-2 is 0.0015 of its links.
     */
    private static final double CUT_AGAIN = 0.0445 * 0.0445 / 0.89;
    private static final double[] PRIORS = {-Math.log(0.89), -Math.log(0.0099 / 2), -Math.log(0.0099 / 2),
        -Math.log(0.089 / 2), -Math.log(0.089 / 2), -Math.log(CUT_AGAIN), -Math.log(CUT_AGAIN),
        -Math.log(CUT_AGAIN)};
    /**
     * How much cheaper a 1-0 (0-1) is when it continues a run of them: an omitted or added passage is one event
     * whatever its length.
     */
    private static final double GAP_EXTENSION_DISCOUNT = 2.5;
    private static final double MATCHED_KEY_BONUS = 0.3;
    private static final double UNMATCHED_KEY_PENALTY = 0.1;
    /** Slots of the length term cache: 2^16 (1 MB). */
    private static final int LENGTH_CACHE_BITS = 16;

    private final PairFeatures features;
    private final LengthModel lengthModel;
    private final ParagraphHint paragraphs;
    private final JoinedParagraphs joined;
    /** The third side, when there is one; null otherwise. */
    private final PivotAgreement pivot;
    private final int[] sourceMark;
    private final int[] targetMark;
    private int epoch;
    /**
     * For {@link #costs}: the source boundary whose sentences {@link #sourceDepth} marks, how near before it each
     * key occurs (1 to MAX_SPAN sentences, 0 if not), and the weight of the distinct keys of the last 1..MAX_SPAN
     * sentences before it (index: the span).
     */
    private int row = -1;
    private final byte[] sourceDepth;
    private final double[] sourceUnion = new double[MAX_SPAN + 1];
    private final double[] targetUnion = new double[MAX_SPAN + 1];
    /** The row's and the column's last 1..MAX_SPAN sentences (index: the span), summed. */
    private final Spans sourceSpans = new Spans();
    private final Spans targetSpans = new Spans();
    /** matched[s][t]: the weight of the keys nearest s sentences before the row and t before the column. */
    private final double[][] matched = new double[MAX_SPAN + 1][MAX_SPAN + 1];
    /**
     * The length terms last computed, by (source characters, target characters) hashed to a slot: a band meets
     * the same few lengths again and again, and the term costs logarithms, exponentials and square roots.
     */
    private final long[] lengthCache = new long[2 << LENGTH_CACHE_BITS]; // key, then the cost's bits: one line

    private BeadCost(PairFeatures features, LengthModel lengthModel, ParagraphHint paragraphs,
                     JoinedParagraphs joined, PivotAgreement pivot) {
        this.features = features;
        this.lengthModel = lengthModel;
        this.paragraphs = paragraphs;
        this.joined = joined;
        this.pivot = pivot;
        sourceMark = new int[features.keyWeight.length];
        targetMark = new int[features.keyWeight.length];
        sourceDepth = new byte[features.keyWeight.length];
        java.util.Arrays.fill(lengthCache, -1); // no key: lengths are at least 1
    }

    /** A scorer whose character ratio and variance are estimated from the document pair's total lengths. */
    static BeadCost initial(PairFeatures features) {
        double ratio = (double) Math.max(1, features.target.totalLength()) / Math.max(1, features.source.totalLength());
        return new BeadCost(features, LengthModel.initial(ratio), ParagraphHint.INITIAL, JoinedParagraphs.NONE, null);
    }

    /**
     * A scorer with the length model, the paragraph hint and the joined paragraphs re-estimated from links found in
     * a first pass.
     */
    BeadCost withModels(LengthModel model, ParagraphHint hint, JoinedParagraphs joinedParagraphs) {
        return new BeadCost(features, model, hint, joinedParagraphs, pivot);
    }

    /** A scorer that also weighs what a third translation says about each bead. */
    BeadCost withPivot(PivotAgreement agreement) {
        return new BeadCost(features, lengthModel, paragraphs, joined, agreement);
    }

    LengthModel lengthModel() {
        return lengthModel;
    }

    double gapExtensionDiscount() {
        return GAP_EXTENSION_DISCOUNT;
    }

    /** The cost of the bead of the given shape that ends before source sentence i and target sentence j. */
    double cost(int shape, int i, int j) {
        int ds = SHAPES[shape][0];
        int dt = SHAPES[shape][1];
        return withPivot(pairCost(shape, i, j, anchorCost(i - ds, ds, j - dt, dt)), i, j, ds, dt);
    }

    /**
     * The costs of every bead that ends before source sentence i and target sentence j, by shape, into
     * {@code costs} (shapes that would start before the first sentence are left as they are): what {@link #cost}
     * gives, bit for bit, with the anchors of all shapes counted in one pass over the last MAX_SPAN sentences of
     * each side. The dynamic program asks for the cells of a row in turn, so the source side is marked once a row.
     * The anchor weights are sums of the same key weights as {@link #anchorCost}'s in another order, and exact
     * whatever the order ({@link PairFeatures#keyWeight}).
     */
    void costs(int i, int j, double[] costs) {
        markRow(i);
        matchColumn(j);
        for (int shape = 0; shape < SHAPES.length; shape++) {
            int ds = SHAPES[shape][0];
            int dt = SHAPES[shape][1];
            if (i < ds || j < dt) {
                continue;
            }
            double anchors;
            if (dt == 0) {
                anchors = UNMATCHED_KEY_PENALTY * features.source.keyWeight[i - 1];
            } else if (ds == 0) {
                anchors = UNMATCHED_KEY_PENALTY * features.target.keyWeight[j - 1];
            } else {
                double both = 0;
                for (int s = 1; s <= ds; s++) {
                    for (int t = 1; t <= dt; t++) {
                        both += matched[s][t];
                    }
                }
                // The same expressions as anchorCost's, single sentences with their float totals.
                double unmatched = ds == 1 && dt == 1
                        ? features.source.keyWeight[i - 1] + features.target.keyWeight[j - 1] - 2 * both
                        : sourceUnion[ds] + targetUnion[dt] - 2 * both;
                anchors = UNMATCHED_KEY_PENALTY * unmatched - MATCHED_KEY_BONUS * both;
            }
            costs[shape] = withPivot(ds == 0 || dt == 0 ? PRIORS[shape] + anchors
                    : pairCost(shape, i - ds, j - dt, anchors, sourceSpans.length[ds], targetSpans.length[dt],
                            sourceSpans.crossings[ds], targetSpans.crossings[dt], sourceSpans.punctuation[ds],
                            targetSpans.punctuation[dt]), i, j, ds, dt);
        }
    }

    private double withPivot(double cost, int i, int j, int ds, int dt) {
        return pivot == null ? cost : cost + pivot.cost(i - ds, ds, j - dt, dt);
    }

    /** Marks the keys of the MAX_SPAN source sentences before boundary i, each by the nearest. */
    private void markRow(int i) {
        if (row == i) {
            return;
        }
        int[][] keys = features.source.keys;
        for (int d = 1; d <= MAX_SPAN && row - d >= 0; d++) {
            for (int key : keys[row - d]) {
                sourceDepth[key] = 0;
            }
        }
        row = i;
        sourceSpans.sum(features.source, i);
        for (int d = MAX_SPAN; d >= 1; d--) {
            if (i - d >= 0) {
                for (int key : keys[i - d]) {
                    sourceDepth[key] = (byte) d;
                }
            }
        }
        float[] w = features.keyWeight;
        for (int d = 1; d <= MAX_SPAN; d++) {
            double union = sourceUnion[d - 1];
            if (i - d >= 0) {
                int[] sentence = keys[i - d];
                byte[] recurs = features.source.recursAfter[i - d];
                for (int x = 0; x < sentence.length; x++) {
                    if (recurs[x] >= d) { // not in a later sentence of the span: counted there
                        union += w[sentence[x]];
                    }
                }
            }
            sourceUnion[d] = union;
        }
    }

    /** The keys of the MAX_SPAN target sentences before boundary j, each by the nearest, against the row's. */
    private void matchColumn(int j) {
        targetSpans.sum(features.target, j);
        for (double[] m : matched) {
            java.util.Arrays.fill(m, 0);
        }
        float[] w = features.keyWeight;
        for (int d = 1; d <= MAX_SPAN; d++) {
            double union = targetUnion[d - 1];
            if (j - d >= 0) {
                int[] sentence = features.target.keys[j - d];
                byte[] recurs = features.target.recursAfter[j - d];
                for (int x = 0; x < sentence.length; x++) {
                    if (recurs[x] >= d) {
                        int key = sentence[x];
                        union += w[key];
                        matched[sourceDepth[key]][d] += w[key];
                    }
                }
            }
            targetUnion[d] = union;
        }
    }

    /**
     * How much likelier a link is than leaving its sentences unlinked, from the pair's own features, plus what the
     * third side says about the link itself: its confirmation raises the margin, its contradiction lowers it.
     */
    double linkMargin(int shape, int i, int j) {
        int ds = SHAPES[shape][0];
        int dt = SHAPES[shape][1];
        double margin = unlinkedCost(i - ds, ds, j - dt, dt)
                - pairCost(shape, i, j, anchorCost(i - ds, ds, j - dt, dt));
        return pivot == null ? margin : margin - pivot.cost(i - ds, ds, j - dt, dt);
    }

    /** The bead's cost from the document pair alone, given its {@link #anchorCost}. */
    private double pairCost(int shape, int i, int j, double anchors) {
        int ds = SHAPES[shape][0];
        int dt = SHAPES[shape][1];
        if (ds == 0 || dt == 0) {
            return PRIORS[shape] + anchors;
        }
        Spans source = new Spans();
        Spans target = new Spans();
        source.sum(features.source, i);
        target.sum(features.target, j);
        return pairCost(shape, i - ds, j - dt, anchors, source.length[ds], target.length[dt], source.crossings[ds],
                target.crossings[dt], source.punctuation[ds], target.punctuation[dt]);
    }

    /**
     * The cost of a bead with sentences on both sides, from its anchors and its sentences' sums: characters,
     * paragraph changes inside it, punctuation.
     */
    private double pairCost(int shape, int s0, int t0, double anchors, int ls, int lt, int sourceCrossings,
                            int targetCrossings, long sourcePunctuation, long targetPunctuation) {
        double cost = PRIORS[shape] + anchors;
        for (int k = 0; k < sourceCrossings; k++) { // added one by one, always in this order: the same sum
            cost += joined.inTarget(t0) ? paragraphs.crossingIntoJoin() : paragraphs.crossing();
        }
        for (int k = 0; k < targetCrossings; k++) {
            cost += joined.inSource(s0) ? paragraphs.crossingIntoJoin() : paragraphs.crossing();
        }
        cost += lengthCost(ls, lt);
        cost += punctuationCost(sourcePunctuation, targetPunctuation);
        if (features.source.paragraphStart[s0] != features.target.paragraphStart[t0]) {
            cost += joined.explains(features, s0, t0) ? paragraphs.continuedJoin() : paragraphs.startMismatch();
        }
        return cost;
    }

    /** Sums over the last 1..MAX_SPAN sentences before a boundary of one side (index: how many sentences). */
    private static final class Spans {
        final int[] length = new int[MAX_SPAN + 1];
        /** Paragraph changes between the span's sentences. */
        final int[] crossings = new int[MAX_SPAN + 1];
        final long[] punctuation = new long[MAX_SPAN + 1];

        void sum(PairFeatures.Side side, int end) {
            for (int d = 1; d <= MAX_SPAN && d <= end; d++) {
                int at = end - d;
                length[d] = length[d - 1] + side.length[at];
                crossings[d] = crossings[d - 1] + (d > 1 && side.paragraph[at] != side.paragraph[at + 1] ? 1 : 0);
                punctuation[d] = punctuation[d - 1] + side.packedPunctuation[at];
            }
        }
    }

    private double lengthCost(int ls, int lt) {
        long key = (long) ls << 32 | lt;
        int slot = 2 * (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - LENGTH_CACHE_BITS));
        if (lengthCache[slot] != key) {
            lengthCache[slot] = key;
            lengthCache[slot + 1] = Double.doubleToRawLongBits(lengthModel.cost(ls, lt));
        }
        return Double.longBitsToDouble(lengthCache[slot + 1]);
    }

    /** The cost of leaving these sentences without counterpart: the reference a link's confidence is measured by. */
    private double unlinkedCost(int s0, int ds, int t0, int dt) {
        double cost = 0;
        for (int k = 0; k < ds; k++) {
            cost += pairCost(1, s0 + k + 1, t0, anchorCost(s0 + k, 1, t0, 0));
        }
        for (int k = 0; k < dt; k++) {
            cost += pairCost(2, s0, t0 + k + 1, anchorCost(s0, 0, t0 + k, 1));
        }
        return cost;
    }

    private double anchorCost(int s0, int ds, int t0, int dt) {
        if (dt == 0) {
            return UNMATCHED_KEY_PENALTY * features.source.keyWeight[s0];
        }
        if (ds == 0) {
            return UNMATCHED_KEY_PENALTY * features.target.keyWeight[t0];
        }
        if (ds == 1 && dt == 1) {
            // The common case, by a merge of the sorted key arrays.
            int[] a = features.source.keys[s0];
            int[] b = features.target.keys[t0];
            double matched = 0;
            for (int x = 0, y = 0; x < a.length && y < b.length; ) {
                if (a[x] < b[y]) {
                    x++;
                } else if (a[x] > b[y]) {
                    y++;
                } else {
                    matched += features.keyWeight[a[x]];
                    x++;
                    y++;
                }
            }
            double unmatched = features.source.keyWeight[s0] + features.target.keyWeight[t0] - 2 * matched;
            return UNMATCHED_KEY_PENALTY * unmatched - MATCHED_KEY_BONUS * matched;
        }
        epoch++;
        float[] w = features.keyWeight;
        double sourceWeight = 0;
        for (int k = 0; k < ds; k++) {
            for (int key : features.source.keys[s0 + k]) {
                if (sourceMark[key] != epoch) {
                    sourceMark[key] = epoch;
                    sourceWeight += w[key];
                }
            }
        }
        double targetWeight = 0;
        double matched = 0;
        for (int k = 0; k < dt; k++) {
            for (int key : features.target.keys[t0 + k]) {
                if (targetMark[key] != epoch) {
                    targetMark[key] = epoch;
                    targetWeight += w[key];
                    if (sourceMark[key] == epoch) {
                        matched += w[key];
                    }
                }
            }
        }
        double unmatched = sourceWeight + targetWeight - 2 * matched;
        return UNMATCHED_KEY_PENALTY * unmatched - MATCHED_KEY_BONUS * matched;
    }

    private static double punctuationCost(long cs, long ct) {
        if (cs == ct) {
            return 0; // no difference of any kind: what the sum below gives, without the work (most beads)
        }
        double cost = 0;
        float[] weights = PairFeatures.PUNCTUATION_WEIGHTS;
        for (int p = 0; p < weights.length; p++) {
            int difference = PairFeatures.count(cs, p) - PairFeatures.count(ct, p);
            if (difference != 0) { // adding 0 would leave the sum as it is
                cost += weights[p] * Math.abs(difference);
            }
        }
        return cost;
    }

}
