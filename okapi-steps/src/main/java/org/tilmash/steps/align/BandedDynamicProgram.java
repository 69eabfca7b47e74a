package org.tilmash.steps.align;

import java.util.concurrent.Semaphore;

/**
 * The dynamic program over a {@link Band}: the cheapest sequence of beads from (0, 0) to (n, m).
 *
 * <p>Three states per cell remember what the last bead was (a pair, a 1-0, a 0-1), so that a run of unlinked
 * sentences costs less per sentence than scattered ones: translators omit or add whole passages, and an omitted
 * paragraph should become one gap, not a few skips spread over the neighbouring links.
 *
 * <p>Keeps one move byte per cell and state and the costs of the last {@code BeadCost.MAX_SPAN + 1} rows only:
 * memory is three bytes per band cell, time linear in the band's cells times the number of bead shapes. The
 * programs running at once in the JVM (the pairs of a document, documents in parallel) hold at most
 * {@link SentenceAligner#MAX_CELLS} cells together: one waits for the others' memory rather than exhaust the heap.
 */
final class BandedDynamicProgram {
    private static final byte NONE = -1;
    private static final int PAIRED = 0;
    private static final int SOURCE_GAP = 1;
    private static final int TARGET_GAP = 2;
    private static final int STATES = 3;
    /** Thousands of band cells free for programs to run in. */
    private static final Semaphore CELLS = new Semaphore(thousands(SentenceAligner.MAX_CELLS));

    private BandedDynamicProgram() {
    }

    /** The best path as the move codes of {@link BeadCost#SHAPES}, from the start; null if none fits the band. */
    static byte[] solve(Band band, BeadCost cost) {
        int permits = thousands(Math.min(band.cells(), SentenceAligner.MAX_CELLS));
        CELLS.acquireUninterruptibly(permits);
        try {
            return solveWithin(band, cost);
        } finally {
            CELLS.release(permits);
        }
    }

    private static int thousands(long cells) {
        return (int) Math.max(1, (cells + 999) / 1000);
    }

    private static byte[] solveWithin(Band band, BeadCost cost) {
        int n = band.lo.length - 1;
        long cellCount = band.cells() * STATES;
        if (cellCount > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("alignment band too large: " + cellCount + " cells");
        }
        int[] rowStart = new int[n + 2];
        int maxWidth = 0;
        for (int i = 0; i <= n; i++) {
            int width = band.hi[i] - band.lo[i] + 1;
            rowStart[i + 1] = rowStart[i] + width * STATES;
            maxWidth = Math.max(maxWidth, width);
        }
        byte[] moves = new byte[(int) cellCount];
        // The rows a bead can reach back to: the longest bead spans MAX_SPAN source sentences.
        int kept = BeadCost.MAX_SPAN + 1;
        double[][] rows = new double[kept][maxWidth * STATES];
        double[] beadCosts = new double[BeadCost.SHAPES.length];
        for (int i = 0; i <= n; i++) {
            double[] row = rows[i % kept];
            int lo = band.lo[i];
            for (int j = lo; j <= band.hi[i]; j++) {
                int at = (j - lo) * STATES;
                int moveAt = rowStart[i] + at;
                for (int state = 0; state < STATES; state++) {
                    row[at + state] = Double.POSITIVE_INFINITY;
                    moves[moveAt + state] = NONE;
                }
                if (i == 0 && j == 0) {
                    row[at + PAIRED] = 0;
                    continue;
                }
                cost.costs(i, j, beadCosts);
                for (int shape = 0; shape < BeadCost.SHAPES.length; shape++) {
                    int pi = i - BeadCost.SHAPES[shape][0];
                    int pj = j - BeadCost.SHAPES[shape][1];
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double[] previousRow = rows[pi % kept];
                    int previousAt = (pj - band.lo[pi]) * STATES;
                    int state = shape == 1 ? SOURCE_GAP : shape == 2 ? TARGET_GAP : PAIRED;
                    double best = Double.POSITIVE_INFINITY;
                    int bestPrevious = -1;
                    for (int ps = 0; ps < STATES; ps++) {
                        double previous = previousRow[previousAt + ps];
                        if (state != PAIRED && ps == state) {
                            previous -= cost.gapExtensionDiscount();
                        }
                        if (previous < best) {
                            best = previous;
                            bestPrevious = ps;
                        }
                    }
                    if (bestPrevious < 0) {
                        continue;
                    }
                    double total = best + beadCosts[shape];
                    if (total < row[at + state]) {
                        row[at + state] = total;
                        moves[moveAt + state] = (byte) (shape * STATES + bestPrevious);
                    }
                }
            }
        }
        return backtrace(band, moves, rows[n % kept], rowStart, n);
    }

    private static byte[] backtrace(Band band, byte[] moves, double[] lastRow, int[] rowStart, int n) {
        int i = n;
        int j = band.targetSize;
        int state = -1;
        double best = Double.POSITIVE_INFINITY;
        int at = (j - band.lo[n]) * STATES;
        for (int s = 0; s < STATES; s++) {
            if (lastRow[at + s] < best) {
                best = lastRow[at + s];
                state = s;
            }
        }
        if (state < 0) {
            return null;
        }
        byte[] reversed = new byte[n + j];
        int count = 0;
        while (i > 0 || j > 0) {
            byte move = moves[rowStart[i] + (j - band.lo[i]) * STATES + state];
            if (move == NONE) {
                return null;
            }
            int shape = move / STATES;
            reversed[count++] = (byte) shape;
            state = move % STATES;
            i -= BeadCost.SHAPES[shape][0];
            j -= BeadCost.SHAPES[shape][1];
        }
        byte[] path = new byte[count];
        for (int k = 0; k < count; k++) {
            path[k] = reversed[count - 1 - k];
        }
        return path;
    }
}
