package org.tilmash.steps.align;

import java.util.Arrays;
import java.util.List;

/**
 * How the length of a translation follows the length of its source: Gale and Church's model (target characters
 * about {@code ratio} times source characters, the difference normal with a variance proportional to the length),
 * as a contaminated normal.
 *
 * <p>Most sentences of a document pair are translated closely and their lengths agree tightly; the tight variance
 * is estimated from the document pair itself. But some share of sentences in any real translation is rendered
 * freely: condensed to its gist ("Even so, most producers are still small farms" for a sentence twice as long),
 * expanded by an explanation, or merged with its neighbour and then shortened. A single tight normal makes such a
 * sentence cost more than restructuring its whole neighbourhood (a 2-2 link around it, or a skipped sentence
 * beside it), because its cost grows with the square of the difference. The second component gives these
 * sentences Gale and Church's own corpus-wide variance, which they estimated over free and close translation
 * alike; its share is estimated from the document pair too.
 */
final class LengthModel {
    /** Gale and Church's variance per character for a ratio of 1; scaled by the ratio. */
    static final double GALE_CHURCH_VARIANCE = 6.8;
    /** Fewer 1-1 links than this estimate nothing. */
    private static final int MIN_LINKS = 8;
    private static final double CHI_SQUARE_1_MEDIAN = 0.4549;
    /**
     * Bounds of the freely translated share. The floor: a handful of free sentences hides among the first pass's
     * 1-1 links as other link types (the very errors this model corrects), so the estimate from them is low.
     * The ceiling keeps the tight component the main one.
     */
    private static final double MIN_FREE_SHARE = 0.05;
    private static final double MAX_FREE_SHARE = 0.5;
    private static final int EM_ROUNDS = 30;
    /** A length term beyond this says only "very unlikely"; capping it keeps anchors able to speak. */
    private static final double MAX_COST = 25;

    private final double ratio;
    private final double tightVariance;
    private final double freeVariance;
    private final double logTightShare;
    private final double logFreeShare;

    private LengthModel(double ratio, double tightVariance, double freeShare) {
        this.ratio = ratio;
        this.tightVariance = tightVariance;
        this.freeVariance = Math.max(tightVariance, GALE_CHURCH_VARIANCE * ratio);
        this.logTightShare = Math.log1p(-freeShare);
        this.logFreeShare = freeShare > 0 ? Math.log(freeShare) : Double.NEGATIVE_INFINITY;
    }

    /** Gale and Church's model alone, with the ratio of the documents' total lengths: before any link is known. */
    static LengthModel initial(double ratio) {
        return new LengthModel(ratio, GALE_CHURCH_VARIANCE * ratio, 0);
    }

    /**
     * The model estimated from (source length, target length) pairs of a first alignment's 1-1 links, or
     * {@code fallback} when there are too few of them.
     */
    static LengthModel estimate(List<int[]> pairs, LengthModel fallback) {
        if (pairs.size() < MIN_LINKS) {
            return fallback;
        }
        double ls = 0;
        double lt = 0;
        for (int[] p : pairs) {
            ls += p[0];
            lt += p[1];
        }
        double ratio = lt / ls;
        double[] residuals = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            int[] p = pairs.get(k);
            double diff = p[1] - ratio * p[0];
            residuals[k] = diff * diff / ((p[0] + p[1] / ratio) / 2);
        }
        // The median of the squared normalized residuals, over the median of chi-square with one degree of
        // freedom, estimates the tight variance unmoved by the free translations and the misaligned links.
        double[] sorted = residuals.clone();
        Arrays.sort(sorted);
        // Never stricter than a tenth of Gale and Church's value, so that a document of near-identical lengths
        // does not forbid every rewording.
        double tight = Math.max(sorted[sorted.length / 2] / CHI_SQUARE_1_MEDIAN, GALE_CHURCH_VARIANCE * ratio / 10);
        double free = Math.max(tight, GALE_CHURCH_VARIANCE * ratio);
        return new LengthModel(ratio, tight, freeShare(residuals, tight, free));
    }

    /** The share of the free component, by expectation-maximization with both variances fixed. */
    private static double freeShare(double[] residuals, double tight, double free) {
        if (free <= tight) {
            return 0;
        }
        double share = MIN_FREE_SHARE;
        for (int round = 0; round < EM_ROUNDS; round++) {
            double sum = 0;
            for (double r : residuals) {
                // Densities of a normal of each variance at the normalized residual sqrt(r).
                double pTight = (1 - share) * Math.exp(-r / (2 * tight)) / Math.sqrt(tight);
                double pFree = share * Math.exp(-r / (2 * free)) / Math.sqrt(free);
                sum += pFree / (pTight + pFree);
            }
            share = Math.min(MAX_FREE_SHARE, Math.max(MIN_FREE_SHARE, sum / residuals.length));
        }
        return share;
    }

    double ratio() {
        return ratio;
    }

    /** The share of freely translated sentences. */
    double freeShare() {
        return Math.exp(logFreeShare);
    }

    /** -log P(a difference at least this large) for ls source and lt target characters, under the mixture. */
    double cost(int ls, int lt) {
        double diff = Math.abs(lt - ls * ratio);
        double base = (ls + lt / ratio) / 2;
        double tight = logTightShare + logErfc(diff / Math.sqrt(2 * base * tightVariance));
        if (logFreeShare == Double.NEGATIVE_INFINITY) {
            return Math.min(MAX_COST, -tight);
        }
        double free = logFreeShare + logErfc(diff / Math.sqrt(2 * base * freeVariance));
        double high = Math.max(tight, free);
        return Math.min(MAX_COST, -(high + Math.log1p(Math.exp(Math.min(tight, free) - high))));
    }

    /**
     * log(erfc(x)) for x >= 0, from the Chebyshev fit of Numerical Recipes (relative error below 1.2e-7), in log
     * form so that it stays finite far in the tail where erfc itself underflows.
     */
    static double logErfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * x);
        double poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }
}
