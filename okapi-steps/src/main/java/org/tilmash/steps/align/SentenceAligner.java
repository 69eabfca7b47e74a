package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns the sentences of a document with those of its translation, in time and memory linear in their number.
 *
 * <ol>
 * <li>Anchors first: keys found exactly once in each document (a year, a name, a rare loanword) pair two
 *     sentences; the longest chain of such pairs that keeps the order of both documents is the guide path.</li>
 * <li>A dynamic program over a band around the guide ({@link BandedDynamicProgram}, costs of {@link BeadCost}).
 *     If the best path runs along an edge of the band, the band was too narrow there: it is doubled and the
 *     program run again.</li>
 * <li>The {@link LengthModel} (character ratio, variances, share of free translation) is re-estimated from the
 *     1-1 links of that first alignment, the {@link ParagraphHint} from how often its links agree on paragraph
 *     starts, and the program runs again in a band around it.</li>
 * </ol>
 * Paragraphs are a soft hint inside the costs, never a constraint: the documents are aligned as wholes.
 */
public final class SentenceAligner {
    private static final int INITIAL_HALF_WIDTH = 24;
    private static final int EDGE_MARGIN = 2;
    /** A chain anchor must have another within this many source sentences, on a similar slope... */
    private static final int ANCHOR_SUPPORT_DISTANCE = 50;
    /** ...within this many target sentences of the expected position, plus this share of the distance. */
    private static final double ANCHOR_SLACK = 3;
    private static final double ANCHOR_SLACK_PER_SENTENCE = 0.25;
    /**
     * Beyond this many band cells the band stops widening and the last path is taken. The program keeps three
     * bytes a cell: 50 million cells are 150 MB, which fits a 512 MB heap beside the documents (a fixed bound, not
     * one from the heap size, so that the alignment never depends on -Xmx).
     */
    private static final long MAX_CELLS = 50_000_000L;
    /** Confidence is a logistic of how much cheaper a link is than leaving its sentences unlinked. */
    private static final double CONFIDENCE_MIDPOINT = 5.3;
    private static final double CONFIDENCE_SCALE = 1.5;

    /**
     * Aligns two documents given as sentences in reading order.
     *
     * @return links covering every source and every target sentence exactly once, in order
     */
    public List<Link> align(List<Sentence> source, List<Sentence> target) {
        return solve(source, target).links();
    }

    /** An alignment with what it was found with, so that it can be solved again with more evidence. */
    static final class Solved {
        private final BeadCost cost;
        private final byte[] path;
        private final int sourceSize;
        private final int targetSize;

        private Solved(BeadCost cost, byte[] path, int sourceSize, int targetSize) {
            this.cost = cost;
            this.path = path;
            this.sourceSize = sourceSize;
            this.targetSize = targetSize;
        }

        List<Link> links() {
            return cost == null ? unlinked(sourceSize, targetSize) : SentenceAligner.links(path, cost);
        }

        int sourceSize() {
            return sourceSize;
        }

        int targetSize() {
            return targetSize;
        }

        /**
         * Solved again with the third side's word on every bead, in a band around this alignment (widened where
         * the new path needs it, as always).
         */
        Solved withPivot(PivotAgreement pivot) {
            if (cost == null) {
                return this;
            }
            BeadCost withPivot = cost.withPivot(pivot);
            return new Solved(withPivot, solveWidening(pathPoints(path), withPivot, sourceSize, targetSize),
                    sourceSize, targetSize);
        }
    }

    /** The alignment of two documents given as sentences in reading order. */
    Solved solve(List<Sentence> source, List<Sentence> target) {
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return new Solved(null, null, n, m);
        }
        PairFeatures features = new PairFeatures(source, target);
        BeadCost cost = BeadCost.initial(features);
        byte[] first = solveWidening(anchorChain(features), cost, n, m);
        BeadCost refined = refineModels(cost, features, first);
        return new Solved(refined, solveWidening(pathPoints(first), refined, n, m), n, m);
    }

    private static List<Link> unlinked(int n, int m) {
        List<Link> links = new ArrayList<>(n + m);
        for (int i = 0; i < n; i++) {
            links.add(new Link(i, 1, 0, 0, 1.0));
        }
        for (int j = 0; j < m; j++) {
            links.add(new Link(n, 0, j, 1, 1.0));
        }
        return links;
    }

    private static byte[] solveWidening(int[][] guide, BeadCost cost, int n, int m) {
        byte[] best = null;
        for (int half = INITIAL_HALF_WIDTH; ; half *= 2) {
            Band band = Band.around(guide, n, m, half);
            if (best != null && band.cells() > MAX_CELLS) {
                return best;
            }
            byte[] path = BandedDynamicProgram.solve(band, cost);
            boolean whole = half >= n + m;
            if (path != null) {
                best = path;
                if (whole || !runsAlongEdge(path, band)) {
                    return path;
                }
            } else if (whole) {
                throw new IllegalStateException("no alignment path"); // cannot happen: the full lattice is connected
            }
        }
    }

    private static boolean runsAlongEdge(byte[] path, Band band) {
        int i = 0;
        int j = 0;
        for (byte move : path) {
            i += BeadCost.SHAPES[move][0];
            j += BeadCost.SHAPES[move][1];
            if (band.nearInnerEdge(i, j, EDGE_MARGIN)) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of sentences sharing a key that occurs once in each document, longest chain in order of both. */
    static int[][] anchorChain(PairFeatures features) {
        int keys = features.keyWeight.length;
        int[] sourceAt = occurrences(features.source, keys);
        int[] targetAt = occurrences(features.target, keys);
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            if (sourceAt[k] >= 0 && targetAt[k] >= 0) {
                pairs.add(new int[] {sourceAt[k], targetAt[k]});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        double ratio = (double) features.target.size / features.source.size;
        return supported(longestIncreasing(pairs), ratio);
    }

    /**
     * The chain points that a neighbouring point confirms (close by, on a similar slope). True anchors come in
     * runs along the real path; a key that happens to occur once on each side by coincidence stands alone, and
     * one such point would bend the band away from the path.
     */
    private static int[][] supported(int[][] chain, double ratio) {
        List<int[]> kept = new ArrayList<>();
        for (int k = 0; k < chain.length; k++) {
            if ((k > 0 && agree(chain[k - 1], chain[k], ratio))
                    || (k + 1 < chain.length && agree(chain[k], chain[k + 1], ratio))) {
                kept.add(chain[k]);
            }
        }
        return kept.toArray(new int[0][]);
    }

    private static boolean agree(int[] a, int[] b, double ratio) {
        int di = b[0] - a[0];
        return di <= ANCHOR_SUPPORT_DISTANCE
                && Math.abs((b[1] - a[1]) - ratio * di) <= ANCHOR_SLACK + ANCHOR_SLACK_PER_SENTENCE * di;
    }

    /** For each key, the one sentence holding it, or -1 if none or several do. */
    private static int[] occurrences(PairFeatures.Side side, int keys) {
        int[] at = new int[keys];
        Arrays.fill(at, -1);
        for (int i = 0; i < side.size; i++) {
            for (int k : side.keys[i]) {
                at[k] = at[k] == -1 ? i : -2;
            }
        }
        for (int k = 0; k < keys; k++) {
            if (at[k] < 0) {
                at[k] = -1;
            }
        }
        return at;
    }

    /** Longest subsequence strictly increasing in the target index (patience sorting, n log n). */
    private static int[][] longestIncreasing(List<int[]> pairs) {
        int[] tails = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int length = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int j = pairs.get(p)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[p] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = p;
            length = Math.max(length, lo + 1);
        }
        int[][] chain = new int[length][];
        for (int p = length > 0 ? tails[length - 1] : -1, k = length - 1; p >= 0; p = previous[p], k--) {
            chain[k] = pairs.get(p);
        }
        return chain;
    }

    private static int[][] pathPoints(byte[] path) {
        int[][] points = new int[path.length][];
        int i = 0;
        int j = 0;
        for (int k = 0; k < path.length; k++) {
            i += BeadCost.SHAPES[path[k]][0];
            j += BeadCost.SHAPES[path[k]][1];
            points[k] = new int[] {i, j};
        }
        return points;
    }

    /**
     * The length model estimated from the 1-1 links of a first alignment, the joined paragraphs from its links, and
     * the paragraph hint from all its links with sentences on both sides except those the joined paragraphs explain.
     */
    private static BeadCost refineModels(BeadCost cost, PairFeatures features, byte[] path) {
        JoinedParagraphs joined = JoinedParagraphs.found(features, path);
        List<int[]> pairs = new ArrayList<>();
        int links = 0;
        int mismatches = 0;
        int i = 0;
        int j = 0;
        for (byte move : path) {
            if (move == 0) {
                pairs.add(new int[] {features.source.length[i], features.target.length[j]});
            }
            if (BeadCost.SHAPES[move][0] > 0 && BeadCost.SHAPES[move][1] > 0 && !joined.explains(features, i, j)) {
                links++;
                if (features.source.paragraphStart[i] != features.target.paragraphStart[j]) {
                    mismatches++;
                }
            }
            i += BeadCost.SHAPES[move][0];
            j += BeadCost.SHAPES[move][1];
        }
        // A joined run is one disagreement, however many lines it took.
        links += joined.runs();
        mismatches += joined.runs();
        return cost.withModels(LengthModel.estimate(pairs, cost.lengthModel()),
                ParagraphHint.estimate(links, mismatches), joined);
    }

    private static List<Link> links(byte[] path, BeadCost cost) {
        List<Link> links = new ArrayList<>(path.length);
        int i = 0;
        int j = 0;
        for (byte move : path) {
            int ds = BeadCost.SHAPES[move][0];
            int dt = BeadCost.SHAPES[move][1];
            double confidence = Double.NaN;
            if (ds > 0 && dt > 0) {
                double margin = cost.linkMargin(move, i + ds, j + dt);
                confidence = 1 / (1 + Math.exp(-(margin - CONFIDENCE_MIDPOINT) / CONFIDENCE_SCALE));
            }
            links.add(new Link(i, ds, j, dt, confidence));
            i += ds;
            j += dt;
        }
        return withUnlinkedConfidence(links);
    }

    /**
     * A sentence left without counterpart is as sure as the links around it: between two confident links the gap
     * is real; next to doubtful ones it may be a misalignment.
     */
    private static List<Link> withUnlinkedConfidence(List<Link> links) {
        List<Link> out = new ArrayList<>(links.size());
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            if (!Double.isNaN(link.confidence())) {
                out.add(link);
                continue;
            }
            double before = nearestPairConfidence(links, k, -1);
            double after = nearestPairConfidence(links, k, 1);
            double confidence = Double.isNaN(before) ? after : Double.isNaN(after) ? before : (before + after) / 2;
            out.add(new Link(link.sourceStart(), link.sourceCount(), link.targetStart(), link.targetCount(),
                    Double.isNaN(confidence) ? 0.5 : confidence));
        }
        return out;
    }

    private static double nearestPairConfidence(List<Link> links, int from, int step) {
        for (int k = from + step; k >= 0 && k < links.size(); k += step) {
            if (links.get(k).isPair()) {
                return links.get(k).confidence();
            }
        }
        return Double.NaN;
    }
}
