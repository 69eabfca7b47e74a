package org.tilmash.steps.align;

/**
 * The cost (a negative log-likelihood, lower is better) of a bead: a group of consecutive source sentences
 * linked to a group of consecutive target sentences. It adds up
 * <ul>
 * <li>the prior of the bead type (Gale and Church's frequencies: most links are 1-1);</li>
 * <li>the length term of a {@link LengthModel}, estimated from the document pair ({@link #withLengthModel});</li>
 * <li>the anchors: a bonus for every weighted key found on both sides of the bead, a smaller penalty for every
 *     key found on one side only (skipping a sentence leaves all of its keys unmatched);</li>
 * <li>differences in the punctuation translators keep;</li>
 * <li>the paragraph hint: a penalty for joining sentences of different paragraphs and for a link that starts a
 *     paragraph on one side only. Soft, because paragraph counts differ between translations;</li>
 * <li>where a third translation exists, its {@link PivotAgreement} with the bead.</li>
 * </ul>
 */
final class BeadCost {
    /** Bead shapes as (source sentences, target sentences); the index is the move code of the dynamic program. */
    static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIORS = {-Math.log(0.89), -Math.log(0.0099 / 2), -Math.log(0.0099 / 2),
        -Math.log(0.089 / 2), -Math.log(0.089 / 2), -Math.log(0.011)};
    /**
     * How much cheaper a 1-0 (0-1) is when it continues a run of them: an omitted or added passage is one event
     * whatever its length.
     */
    private static final double GAP_EXTENSION_DISCOUNT = 2.5;
    private static final double MATCHED_KEY_BONUS = 0.3;
    private static final double UNMATCHED_KEY_PENALTY = 0.1;
    private static final double PARAGRAPH_CROSSING = 2.0;
    private static final double PARAGRAPH_START_MISMATCH = 0.6;

    private final PairFeatures features;
    private final LengthModel lengthModel;
    /** The third side, when there is one; null otherwise. */
    private final PivotAgreement pivot;
    private final int[] sourceMark;
    private final int[] targetMark;
    private int epoch;

    private BeadCost(PairFeatures features, LengthModel lengthModel, PivotAgreement pivot) {
        this.features = features;
        this.lengthModel = lengthModel;
        this.pivot = pivot;
        sourceMark = new int[features.keyWeight.length];
        targetMark = new int[features.keyWeight.length];
    }

    /** A scorer whose character ratio and variance are estimated from the document pair's total lengths. */
    static BeadCost initial(PairFeatures features) {
        double ratio = (double) Math.max(1, features.target.totalLength()) / Math.max(1, features.source.totalLength());
        return new BeadCost(features, LengthModel.initial(ratio), null);
    }

    /** A scorer with the length model re-estimated from links found in a first pass. */
    BeadCost withLengthModel(LengthModel model) {
        return new BeadCost(features, model, pivot);
    }

    /** A scorer that also weighs what a third translation says about each bead. */
    BeadCost withPivot(PivotAgreement agreement) {
        return new BeadCost(features, lengthModel, agreement);
    }

    LengthModel lengthModel() {
        return lengthModel;
    }

    double gapExtensionDiscount() {
        return GAP_EXTENSION_DISCOUNT;
    }

    /** The cost of the bead of the given shape that ends before source sentence i and target sentence j. */
    double cost(int shape, int i, int j) {
        double cost = pairCost(shape, i, j);
        if (pivot != null) {
            int ds = SHAPES[shape][0];
            int dt = SHAPES[shape][1];
            cost += pivot.cost(i - ds, ds, j - dt, dt);
        }
        return cost;
    }

    /**
     * How much likelier a link is than leaving its sentences unlinked, from the pair's own features, plus what the
     * third side says about the link itself: its confirmation raises the margin, its contradiction lowers it.
     */
    double linkMargin(int shape, int i, int j) {
        int ds = SHAPES[shape][0];
        int dt = SHAPES[shape][1];
        double margin = unlinkedCost(i - ds, ds, j - dt, dt) - pairCost(shape, i, j);
        return pivot == null ? margin : margin - pivot.cost(i - ds, ds, j - dt, dt);
    }

    /** The bead's cost from the document pair alone. */
    private double pairCost(int shape, int i, int j) {
        int ds = SHAPES[shape][0];
        int dt = SHAPES[shape][1];
        int s0 = i - ds;
        int t0 = j - dt;
        double cost = PRIORS[shape] + anchorCost(s0, ds, t0, dt);
        if (ds == 0 || dt == 0) {
            return cost;
        }
        PairFeatures.Side src = features.source;
        PairFeatures.Side trg = features.target;
        int ls = src.length[s0] + (ds == 2 ? src.length[s0 + 1] : 0);
        int lt = trg.length[t0] + (dt == 2 ? trg.length[t0 + 1] : 0);
        cost += lengthModel.cost(ls, lt);
        cost += punctuationCost(s0, ds, t0, dt);
        if (ds == 2 && src.paragraph[s0] != src.paragraph[s0 + 1]) {
            cost += PARAGRAPH_CROSSING;
        }
        if (dt == 2 && trg.paragraph[t0] != trg.paragraph[t0 + 1]) {
            cost += PARAGRAPH_CROSSING;
        }
        if (src.paragraphStart[s0] != trg.paragraphStart[t0]) {
            cost += PARAGRAPH_START_MISMATCH;
        }
        return cost;
    }

    /** The cost of leaving these sentences without counterpart: the reference a link's confidence is measured by. */
    private double unlinkedCost(int s0, int ds, int t0, int dt) {
        double cost = 0;
        for (int k = 0; k < ds; k++) {
            cost += pairCost(1, s0 + k + 1, t0);
        }
        for (int k = 0; k < dt; k++) {
            cost += pairCost(2, s0, t0 + k + 1);
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

    private double punctuationCost(int s0, int ds, int t0, int dt) {
        double cost = 0;
        float[] weights = PairFeatures.PUNCTUATION_WEIGHTS;
        for (int p = 0; p < weights.length; p++) {
            int cs = features.source.punctuation[s0][p] + (ds == 2 ? features.source.punctuation[s0 + 1][p] : 0);
            int ct = features.target.punctuation[t0][p] + (dt == 2 ? features.target.punctuation[t0 + 1][p] : 0);
            cost += weights[p] * Math.abs(cs - ct);
        }
        return cost;
    }

}
