package org.tilmash.steps.align;

/**
 * The dynamic program over a {@link Band}: the cheapest sequence of beads from (0, 0) to (n, m). Keeps one move
 * code per cell and the costs of three rows only, so memory is one byte per band cell.
 */
final class BandedDynamicProgram {
    private static final byte NONE = -1;

    private BandedDynamicProgram() {
    }

    /** The best path as the move codes of {@link BeadCost#SHAPES}, from the start; null if none fits the band. */
    static byte[] solve(Band band, BeadCost cost) {
        int n = band.lo.length - 1;
        long cellCount = band.cells();
        if (cellCount > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("alignment band too large: " + cellCount + " cells");
        }
        int[] rowStart = new int[n + 2];
        int maxWidth = 0;
        for (int i = 0; i <= n; i++) {
            int width = band.hi[i] - band.lo[i] + 1;
            rowStart[i + 1] = rowStart[i] + width;
            maxWidth = Math.max(maxWidth, width);
        }
        byte[] moves = new byte[(int) cellCount];
        double[][] rows = new double[3][maxWidth];
        int shapes = BeadCost.SHAPES.length;
        for (int i = 0; i <= n; i++) {
            double[] row = rows[i % 3];
            int lo = band.lo[i];
            for (int j = lo; j <= band.hi[i]; j++) {
                double best = Double.POSITIVE_INFINITY;
                byte bestMove = NONE;
                if (i == 0 && j == 0) {
                    best = 0;
                } else {
                    for (int s = 0; s < shapes; s++) {
                        int pi = i - BeadCost.SHAPES[s][0];
                        int pj = j - BeadCost.SHAPES[s][1];
                        if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                            continue;
                        }
                        double previous = rows[pi % 3][pj - band.lo[pi]];
                        if (previous == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        double total = previous + cost.cost(s, i, j);
                        if (total < best) {
                            best = total;
                            bestMove = (byte) s;
                        }
                    }
                }
                row[j - lo] = best;
                moves[rowStart[i] + j - lo] = bestMove;
            }
        }
        return backtrace(band, moves, rowStart, n);
    }

    private static byte[] backtrace(Band band, byte[] moves, int[] rowStart, int n) {
        int i = n;
        int j = band.targetSize;
        byte[] reversed = new byte[n + j];
        int count = 0;
        while (i > 0 || j > 0) {
            byte move = moves[rowStart[i] + j - band.lo[i]];
            if (move == NONE) {
                return null;
            }
            reversed[count++] = move;
            i -= BeadCost.SHAPES[move][0];
            j -= BeadCost.SHAPES[move][1];
        }
        byte[] path = new byte[count];
        for (int k = 0; k < count; k++) {
            path[k] = reversed[count - 1 - k];
        }
        return path;
    }
}
