package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.loomchild.maligna.coretypes.Alignment;
import net.loomchild.maligna.filter.macro.GaleAndChurchMacro;
import net.loomchild.maligna.filter.macro.Macro;
import net.loomchild.maligna.filter.macro.MooreMacro;
import net.loomchild.maligna.filter.macro.PoissonMacro;

/**
 * mALIGNa's aligners (its macros, as its command line runs them after splitting) on the whole documents as one
 * sentence-split segment pair, mapped back to sentence indices.
 */
final class MalignaBaseline {
    /** The methods compared; the comparison keeps the best one per gold set, to be fair to the baseline. */
    static final Map<String, Supplier<Macro>> METHODS = Map.of(
            "gale-church", GaleAndChurchMacro::new,
            "poisson", PoissonMacro::new,
            "moore", MooreMacro::new);
    /** Without Moore's method, which is too slow for the real set's longer documents (minutes each). */
    static final Map<String, Supplier<Macro>> FAST_METHODS = Map.of(
            "gale-church", GaleAndChurchMacro::new,
            "poisson", PoissonMacro::new);

    private MalignaBaseline() {
    }

    static List<Bead> align(List<Sentence> source, List<Sentence> target, Macro method) {
        Alignment whole = new Alignment(source.stream().map(Sentence::text).toList(),
                target.stream().map(Sentence::text).toList());
        List<Bead> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (Alignment a : method.apply(List.of(whole))) {
            int ds = a.getSourceSegmentList().size();
            int dt = a.getTargetSegmentList().size();
            beads.add(new Bead(Bead.range(s, ds), Bead.range(t, dt)));
            s += ds;
            t += dt;
        }
        if (s != source.size() || t != target.size()) {
            throw new IllegalStateException("mALIGNa lost sentences: " + s + "/" + source.size() + ", " + t + "/"
                    + target.size());
        }
        return beads;
    }
}
