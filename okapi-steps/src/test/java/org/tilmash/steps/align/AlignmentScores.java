package org.tilmash.steps.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of a test alignment against a gold one, as defined by Vecalign's
 * scoring (after Sennrich and Volk 2011). Strict: a test link counts only if the gold has exactly that link.
 * Lax: it counts if some of its source sentences are linked in the gold to some of its target sentences.
 * Precision is over the test links (1-0 and 0-1 included); recall is computed the same way with the roles
 * swapped and with 1-0 and 0-1 links left out of both sides.
 */
record AlignmentScores(double precisionStrict, double recallStrict, double f1Strict,
                       double precisionLax, double recallLax, double f1Lax) {

    static AlignmentScores score(List<Bead> gold, List<Bead> test) {
        int[] p = counts(gold, test);
        List<Bead> goldPairs = gold.stream().filter(b -> !b.source().isEmpty() && !b.target().isEmpty()).toList();
        List<Bead> testPairs = test.stream().filter(b -> !b.source().isEmpty() && !b.target().isEmpty()).toList();
        int[] r = counts(testPairs, goldPairs);
        double ps = ratio(p[0], p[0] + p[1]);
        double pl = ratio(p[2], p[2] + p[3]);
        double rs = ratio(r[0], r[0] + r[1]);
        double rl = ratio(r[2], r[2] + r[3]);
        return new AlignmentScores(ps, rs, f1(ps, rs), pl, rl, f1(pl, rl));
    }

    /** {strict hits, strict misses, lax hits, lax misses} of the links of {@code test} measured against {@code gold}. */
    private static int[] counts(List<Bead> gold, List<Bead> test) {
        Set<Bead> goldSet = new HashSet<>();
        Map<Integer, Set<Integer>> goldTargetsOfSource = new HashMap<>();
        for (Bead b : gold) {
            if (b.source().isEmpty() && b.target().isEmpty()) {
                continue;
            }
            goldSet.add(b);
            for (int s : b.source()) {
                goldTargetsOfSource.computeIfAbsent(s, x -> new HashSet<>()).addAll(b.target());
            }
        }
        int[] counts = new int[4];
        for (Bead b : new HashSet<>(test)) {
            if (b.source().isEmpty() && b.target().isEmpty()) {
                continue;
            }
            if (goldSet.contains(b)) {
                counts[0]++;
                counts[2]++;
                continue;
            }
            counts[1]++;
            boolean overlaps = b.source().stream()
                    .flatMap(s -> goldTargetsOfSource.getOrDefault(s, Set.of()).stream())
                    .anyMatch(b.target()::contains);
            counts[overlaps ? 2 : 3]++;
        }
        return counts;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
