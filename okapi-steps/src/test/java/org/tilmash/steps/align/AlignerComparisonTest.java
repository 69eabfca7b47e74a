package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import org.junit.jupiter.api.Test;

/**
 * Our aligner against Okapi's and mALIGNa's on every gold set, all fed the same gold sentence lists; prints the
 * table and requires our strict F1 to beat both and to reach the target, with and without the third side (the
 * third language of the document: kk–ru checked through en, kk–en through ru, ru–en through kk).
 */
class AlignerComparisonTest {
    /** Gold sets: document, source language, target language. */
    private static final String[][] GOLD = {
        {"eurasian", "kk", "ru"}, {"eurasian", "kk", "en"}, {"eurasian", "ru", "en"},
        {"decree", "kk", "ru"}, {"decree", "kk", "en"}, {"decree", "ru", "en"}};
    /**
     * What is reached on every gold set, as regression floors (lowest: decree ru-en 0.958 and kk-en 0.962: since
     * a 2-2 link must be clearly better than the two 1-1 links it replaces (issue 9, BeadCost's priors), the
     * decree's one real re-cut of two sentences, [30,31]:[30,31], comes out as two 1-1 links).
     */
    private static final double REACHED_F1 = 0.955;
    private static final double REACHED_WITH_THIRD_SIDE_F1 = 0.955;

    @Test
    void beatsOkapiAndMalignaOnEveryGoldSet() {
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-16s %-22s %9s %9s %9s %9s%n",
                "gold set", "aligner", "P strict", "R strict", "F1 strict", "F1 lax"));
        int sets = 0;
        for (String[] g : GOLD) {
            if (!GoldSet.exists(g[0], g[1], g[2])) {
                continue;
            }
            sets++;
            GoldSet gold = GoldSet.load(g[0], g[1], g[2]);
            AlignmentScores ours = AlignmentScores.score(gold.links(),
                    Bead.of(new SentenceAligner().align(gold.source(), gold.target())));
            AlignmentScores third = AlignmentScores.score(gold.links(), Bead.of(withThirdSide(g[0], g[1], g[2])));
            AlignmentScores okapi = AlignmentScores.score(gold.links(),
                    OkapiBaseline.align(gold.source(), gold.target(), locale(g[1]), locale(g[2])));
            String bestMaligna = null;
            AlignmentScores maligna = null;
            for (Map.Entry<String, java.util.function.Supplier<net.loomchild.maligna.filter.macro.Macro>> m
                    : MalignaBaseline.METHODS.entrySet()) {
                AlignmentScores s = AlignmentScores.score(gold.links(),
                        MalignaBaseline.align(gold.source(), gold.target(), m.getValue().get()));
                if (maligna == null || s.f1Strict() > maligna.f1Strict()) {
                    maligna = s;
                    bestMaligna = m.getKey();
                }
            }
            row(table, gold.name(), "tilmash", ours);
            row(table, "", "tilmash + third side", third);
            row(table, "", "okapi gcaligner", okapi);
            row(table, "", "maligna " + bestMaligna, maligna);
            check(failures, gold.name(), ours, okapi, maligna, REACHED_F1);
            check(failures, gold.name() + " with the third side", third, okapi, maligna, REACHED_WITH_THIRD_SIDE_F1);
            if (third.f1Strict() < ours.f1Strict()) {
                failures.add(gold.name() + ": the third side lowers strict F1");
            }
        }
        System.out.println(table);
        assertTrue(sets > 0, "no gold set found");
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    /** The real evaluation set (README beside it): documents of the report split, and of the development split. */
    private static final String[] REAL_REPORT = {"udhr", "nautilus", "gnome-shell"};
    private static final String[] REAL_DEVELOPMENT = {"thunar", "gedit"};
    private static final String[][] PAIRS = {{"kk", "ru"}, {"kk", "en"}, {"ru", "en"}};

    /** The variants of the real set's translations: as published, and as {@link DamagedTranslation} makes them. */
    private enum Variant {
        CLEAN("clean", 0.98), DAMAGED("damaged", 0.97), SHORT_LINES_JOINED("short-lines-joined", 0.985);

        final String label;
        /**
         * The floor of strict F1 on the report split, for the Kazakh pairs: the goals for clean and damaged
         * texts; for short lines joined, the measured 0.991 (kk-en) less a margin.
         */
        final double floor;

        Variant(String label, double floor) {
            this.label = label;
            this.floor = floor;
        }

        GoldSet apply(GoldSet gold, String targetLanguage) {
            return switch (this) {
                case CLEAN -> gold;
                case DAMAGED -> DamagedTranslation.of(gold, targetLanguage);
                case SHORT_LINES_JOINED -> DamagedTranslation.shortLinesJoined(gold);
            };
        }
    }

    /**
     * Strict F1 per pair on the real set, clean and damaged ({@link DamagedTranslation}: parts left out, a note, the
     * body on one line; and, apart, runs of short lines put on one line), for us, Okapi and mALIGNa's best method:
     * printed for both splits; the report split must reach the floors.
     */
    @Test
    void realTextsCleanAndDamaged() {
        StringBuilder table = new StringBuilder(String.format("%n%-6s %-12s %-6s %-18s %9s %9s %9s%n",
                "split", "document", "pair", "variant", "tilmash", "okapi", "maligna"));
        List<String> failures = new ArrayList<>();
        for (String[] split : new String[][] {REAL_DEVELOPMENT, REAL_REPORT}) {
            String splitName = split == REAL_REPORT ? "report" : "dev";
            for (String pair : new String[] {"kk-ru", "kk-en", "ru-en"}) {
                for (Variant variant : Variant.values()) {
                    List<Bead> gold = new ArrayList<>();
                    List<Bead> ours = new ArrayList<>();
                    List<Bead> okapi = new ArrayList<>();
                    Map<String, List<Bead>> maligna = new java.util.TreeMap<>();
                    int[] offsets = new int[2];
                    for (String document : split) {
                        String[] langs = pair.split("-");
                        GoldSet g = GoldSet.load(GoldSet.REAL, document, langs[0], langs[1]);
                        g = variant.apply(g, langs[1]);
                        shifted(g.links(), offsets, gold);
                        shifted(Bead.of(new SentenceAligner().align(g.source(), g.target())), offsets, ours);
                        shifted(OkapiBaseline.align(g.source(), g.target(), locale(langs[0]), locale(langs[1])),
                                offsets, okapi);
                        for (var m : MalignaBaseline.FAST_METHODS.entrySet()) {
                            shifted(MalignaBaseline.align(g.source(), g.target(), m.getValue().get()), offsets,
                                    maligna.computeIfAbsent(m.getKey(), k -> new ArrayList<>()));
                        }
                        offsets[0] += g.source().size();
                        offsets[1] += g.target().size();
                    }
                    AlignmentScores o = AlignmentScores.score(gold, ours);
                    table.append(String.format("%-6s %-12s %-6s %-18s %9.3f %9.3f %9.3f%n", splitName,
                            String.join("+", split), pair, variant.label, o.f1Strict(),
                            AlignmentScores.score(gold, okapi).f1Strict(),
                            maligna.values().stream().mapToDouble(m -> AlignmentScores.score(gold, m).f1Strict())
                                    .max().orElse(0)));
                    if (split == REAL_REPORT && pair.startsWith("kk") && o.f1Strict() < variant.floor) {
                        failures.add(String.format("%s %s: strict F1 %.3f below %.3f", pair, variant.label,
                                o.f1Strict(), variant.floor));
                    }
                }
            }
        }
        System.out.println(table);
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    /** The links with their indices moved by the offsets (documents scored together, one after another). */
    private static void shifted(List<Bead> links, int[] offsets, List<Bead> into) {
        for (Bead b : links) {
            into.add(new Bead(b.source().stream().map(i -> i + offsets[0]).toList(),
                    b.target().stream().map(i -> i + offsets[1]).toList()));
        }
    }

    private static void check(List<String> failures, String name, AlignmentScores ours, AlignmentScores okapi,
                              AlignmentScores maligna, double floor) {
        // Above both, or perfect (a baseline that is perfect too cannot be beaten, only tied).
        boolean perfect = ours.f1Strict() == 1.0;
        if (!perfect && (ours.f1Strict() <= okapi.f1Strict() || ours.f1Strict() <= maligna.f1Strict())) {
            failures.add(name + ": not above both baselines");
        }
        if (ours.f1Strict() < floor) {
            failures.add(name + String.format(": strict F1 %.3f below %.3f", ours.f1Strict(), floor));
        }
    }

    /**
     * The pair's links checked by the third language: through {@link TriangleAligner}, as the step does, for the
     * Kazakh pairs; for ru–en, the same checking with Kazakh as the pivot.
     */
    private static List<Link> withThirdSide(String document, String a, String b) {
        List<Sentence> kk = GoldSet.sentences(document + ".kk.sentences");
        List<Sentence> ru = GoldSet.sentences(document + ".ru.sentences");
        List<Sentence> en = GoldSet.sentences(document + ".en.sentences");
        if (a.equals("kk")) {
            TriangleAligner.Result result = new TriangleAligner().align(kk, ru, en);
            return b.equals("ru") ? result.toFirst() : result.toSecond();
        }
        SentenceAligner aligner = new SentenceAligner();
        return TriangleAligner.checked(aligner.solve(ru, en), PivotAgreement.inverse(aligner.align(kk, ru)),
                aligner.align(kk, en), kk.size());
    }

    private static void row(StringBuilder table, String set, String aligner, AlignmentScores s) {
        table.append(String.format("%-16s %-22s %9.3f %9.3f %9.3f %9.3f%n", set, aligner, s.precisionStrict(),
                s.recallStrict(), s.f1Strict(), s.f1Lax()));
    }

    private static LocaleId locale(String language) {
        return switch (language) {
            case "kk" -> org.tilmash.steps.slots.Languages.KAZAKH;
            case "ru" -> org.tilmash.steps.slots.Languages.RUSSIAN;
            default -> org.tilmash.steps.slots.Languages.ENGLISH;
        };
    }
}
