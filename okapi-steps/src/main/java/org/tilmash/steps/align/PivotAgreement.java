package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The third side of a triangle of translations: what the alignments source–pivot and pivot–target say about the
 * links between source and target (for a Kazakh document with a Russian and an English translation, kk–ru
 * composed with ru–en speaks about kk–en).
 *
 * <p>For every source sentence the composition gives the target sentences its pivot counterparts are linked to (an
 * interval, as both alignments keep order), and the same for every target sentence towards the source. A bead is
 * then confirmed, sentence by sentence, where it overlaps the composed counterparts, and contradicted where it
 * does not, or where it leaves the sentence unlinked. Overlap, not equality: the composition is coarser than
 * either alignment (a 2-1 followed by a 1-2 composes to a 2-2 that may really be two 1-1 links), so it may only
 * say where a sentence's counterpart lies, not how the translator cut it.
 *
 * <p>Where either alignment leaves the sentence unlinked, the third side says nothing. An aligner's 1-0 is not
 * a finding but the absence of one: it is also what a misaligned merge leaves behind, and its confidence is
 * borrowed from its neighbours. Taking it as "both translators omitted this" would spread one pair's mistake
 * into the other.
 *
 * <p>Each sentence's word counts by the confidence of the two links it was composed through: a doubtful pivot
 * link neither confirms nor contradicts much. Two independent alignments rarely make the same mistake at the
 * same place, which is why their agreement is evidence the pair's own features cannot give.
 */
final class PivotAgreement {
    /**
     * Cost (a negative log-likelihood, as in {@link BeadCost}) of one sentence fully confirmed / contradicted.
     * A contradiction by two confident alignments weighs about as much as the prior of skipping a sentence; a
     * confirmation less, because the composition also agrees with links that are wrong at a coarser grain.
     */
    private static final double CONFIRMED = -1.0;
    private static final double CONTRADICTED = 2.5;
    /**
     * The composition is right to about a sentence: where the two translations cut a passage differently (Russian
     * merges what English splits), its intervals are off by one at their ends.
     */
    private static final int RESOLUTION = 1;
    private static final int UNKNOWN = -1;

    /** Per source sentence: first composed target sentence (UNKNOWN if none), last one, weight. */
    private final Side source;
    private final Side target;

    private record Side(int[] lo, int[] hi, float[] weight) {
    }

    private PivotAgreement(Side source, Side target) {
        this.source = source;
        this.target = target;
    }

    /**
     * The agreement that the alignments source–pivot and pivot–target give on source–target links.
     *
     * @param sourceSize   source sentences
     * @param pivotSize    pivot sentences
     * @param targetSize   target sentences
     */
    static PivotAgreement of(List<Link> sourceToPivot, List<Link> pivotToTarget, int sourceSize, int pivotSize,
                             int targetSize) {
        return new PivotAgreement(compose(sourceToPivot, pivotToTarget, sourceSize, pivotSize),
                compose(inverse(pivotToTarget), inverse(sourceToPivot), targetSize, pivotSize));
    }

    /** The same links read from the other side: source and target exchanged. */
    static List<Link> inverse(List<Link> links) {
        List<Link> out = new ArrayList<>(links.size());
        for (Link l : links) {
            out.add(new Link(l.targetStart(), l.targetCount(), l.sourceStart(), l.sourceCount(), l.confidence()));
        }
        return out;
    }

    private static Side compose(List<Link> first, List<Link> second, int size, int pivotSize) {
        // Through the second alignment, each pivot sentence's target range (lo > hi if unlinked) and confidence.
        int[] pivotLo = new int[pivotSize];
        int[] pivotHi = new int[pivotSize];
        float[] pivotConfidence = new float[pivotSize];
        for (Link l : second) {
            for (int p = l.sourceStart(); p < l.sourceStart() + l.sourceCount(); p++) {
                pivotLo[p] = l.targetCount() > 0 ? l.targetStart() : 0;
                pivotHi[p] = l.targetCount() > 0 ? l.targetStart() + l.targetCount() - 1 : -1;
                pivotConfidence[p] = (float) l.confidence();
            }
        }
        int[] lo = new int[size];
        int[] hi = new int[size];
        float[] weight = new float[size];
        for (Link l : first) {
            int from = UNKNOWN;
            int to = UNKNOWN;
            double confidence = 1;
            for (int p = l.targetStart(); p < l.targetStart() + l.targetCount(); p++) {
                if (pivotLo[p] <= pivotHi[p]) {
                    confidence = Math.min(confidence, pivotConfidence[p]);
                    from = from == UNKNOWN ? pivotLo[p] : Math.min(from, pivotLo[p]);
                    to = Math.max(to, pivotHi[p]);
                }
            }
            for (int s = l.sourceStart(); s < l.sourceStart() + l.sourceCount(); s++) {
                lo[s] = from;
                hi[s] = to;
                weight[s] = (float) (l.confidence() * confidence);
            }
        }
        return new Side(lo, hi, weight);
    }

    /** The agreement term of the bead of source sentences s0.. (ds) and target sentences t0.. (dt). */
    double cost(int s0, int ds, int t0, int dt) {
        return sideCost(source, s0, ds, t0, dt) + sideCost(target, t0, dt, s0, ds);
    }

    private static double sideCost(Side side, int from, int count, int otherFrom, int otherCount) {
        double cost = 0;
        for (int k = from; k < from + count; k++) {
            int lo = side.lo[k];
            if (lo == UNKNOWN) {
                continue;
            }
            boolean agrees = otherCount > 0
                    && lo - RESOLUTION < otherFrom + otherCount && side.hi[k] + RESOLUTION >= otherFrom;
            cost += side.weight[k] * (agrees ? CONFIRMED : CONTRADICTED);
        }
        return cost;
    }
}
