package org.tilmash.steps.align;

import java.util.Arrays;

/**
 * The cells of the alignment lattice that the dynamic program may visit: for every source boundary i (0..n), the
 * target boundaries lo[i]..hi[i]. Built around a guide path, monotone, so memory and time are linear in n times
 * the width.
 */
final class Band {
    final int[] lo;
    final int[] hi;
    final int targetSize;

    private Band(int[] lo, int[] hi, int targetSize) {
        this.lo = lo;
        this.hi = hi;
        this.targetSize = targetSize;
    }

    /**
     * The band of the given half-width around the piecewise-linear path through the guide points (source
     * boundary, target boundary), which must increase strictly in the source coordinate and weakly in the target.
     * (0, 0) and (n, m) are added.
     */
    static Band around(int[][] points, int n, int m, int halfWidth) {
        int[] xs = new int[points.length + 2];
        int[] ys = new int[points.length + 2];
        int k = 0;
        xs[k] = 0;
        ys[k++] = 0;
        for (int[] p : points) {
            if (p[0] > xs[k - 1] && p[0] < n && p[1] >= ys[k - 1] && p[1] <= m) {
                xs[k] = p[0];
                ys[k++] = p[1];
            }
        }
        xs[k] = n;
        ys[k++] = m;
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        int segment = 0;
        for (int i = 0; i <= n; i++) {
            // The path's target range while the source coordinate runs over [i-1, i+1].
            double from = yAt(xs, ys, k, Math.max(0, i - 1));
            double to = yAt(xs, ys, k, Math.min(n, i + 1));
            lo[i] = (int) Math.max(0, Math.floor(from) - halfWidth);
            hi[i] = (int) Math.min(m, Math.ceil(to) + halfWidth);
        }
        // The last row must reach (n, m) and the first must hold (0, 0), whatever the rounding.
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            lo[i] = Math.max(lo[i], lo[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
        }
        return new Band(lo, hi, m);
    }

    private static double yAt(int[] xs, int[] ys, int count, int x) {
        int at = Arrays.binarySearch(xs, 0, count, x);
        if (at >= 0) {
            return ys[at];
        }
        int right = -at - 1;
        int left = right - 1;
        return ys[left] + (double) (ys[right] - ys[left]) * (x - xs[left]) / (xs[right] - xs[left]);
    }

    long cells() {
        long total = 0;
        for (int i = 0; i < lo.length; i++) {
            total += hi[i] - lo[i] + 1;
        }
        return total;
    }

    boolean contains(int i, int j) {
        return i >= 0 && i < lo.length && j >= lo[i] && j <= hi[i];
    }

    /** Whether cell (i, j) lies within margin of an edge of the band that is not an edge of the lattice. */
    boolean nearInnerEdge(int i, int j, int margin) {
        return (lo[i] > 0 && j - lo[i] < margin) || (hi[i] < targetSize && hi[i] - j < margin);
    }
}
