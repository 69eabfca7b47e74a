package org.tilmash.steps.align;

/** Temporary probe. */
public class GoldScoreProbe {
    public static void main(String[] args) {
        for (String[] p : new String[][] {{"eurasian", "kk", "ru"}, {"eurasian", "kk", "en"}, {"eurasian", "ru", "en"}}) {
            GoldSet g = GoldSet.load(p[0], p[1], p[2]);
            long t = System.nanoTime();
            var links = new SentenceAligner().align(g.source(), g.target());
            AlignmentScores s = AlignmentScores.score(g.links(), Bead.of(links));
            System.out.printf("%s strict %.3f lax %.3f  (%d ms)%n", g.name(), s.f1Strict(), s.f1Lax(), (System.nanoTime() - t) / 1000000);
            if (args.length > 0) {
                var gold = new java.util.HashSet<>(g.links());
                for (Link l : links) {
                    Bead b = Bead.of(l);
                    if (!gold.contains(b)) {
                        System.out.printf("  WRONG %s conf %.2f%n", b, l.confidence());
                    }
                }
            }
        }
    }
}
