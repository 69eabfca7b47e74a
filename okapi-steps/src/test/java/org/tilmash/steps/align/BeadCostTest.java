package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dynamic program's costs of a whole cell against the bead-by-bead cost it replaces. */
class BeadCostTest {

    /** Words that give anchors (numbers, Latin tokens, shared stems), few enough that neighbours share them. */
    private static final String[] KAZAKH = {"Астана", "2019", "Eurasian", "экономикалық", "интеграция", "[3]",
        "Мәскеу", "1 000", "XX", "қаңтар", "бірлестік", "кеден", "және", "жылы"};
    private static final String[] RUSSIAN = {"Астана", "2019", "Eurasian", "экономической", "интеграции", "[3]",
        "Москва", "1000", "XX", "января", "объединение", "таможня", "и", "году"};

    private static List<Sentence> document(String[] words, long seed, int sentences) {
        Random random = new Random(seed);
        List<Sentence> document = new ArrayList<>();
        int paragraph = 0;
        for (int s = 0; s < sentences; s++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 2 + random.nextInt(7); w < n; w++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "? " : " ");
            }
            paragraph += random.nextInt(3) == 0 ? 1 : 0;
            document.add(new Sentence(text.toString().trim() + ".", paragraph));
        }
        return document;
    }

    @Test
    void cellCostsAreTheBeadCostsBitForBit() {
        PairFeatures features = new PairFeatures(document(KAZAKH, 1, 40), document(RUSSIAN, 2, 37));
        BeadCost cost = BeadCost.initial(features);
        double[] costs = new double[BeadCost.SHAPES.length];
        int compared = 0;
        // Rows in order, as the dynamic program asks, then again from the start, as the next program does.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i <= 40; i++) {
                for (int j = 0; j <= 37; j++) {
                    costs(cost, i, j, costs);
                    for (int shape = 0; shape < BeadCost.SHAPES.length; shape++) {
                        if (i >= BeadCost.SHAPES[shape][0] && j >= BeadCost.SHAPES[shape][1]) {
                            assertEquals(cost.cost(shape, i, j), costs[shape], 0.0, shape + " at " + i + "," + j);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 20_000, "compared " + compared);
    }

    private static void costs(BeadCost cost, int i, int j, double[] costs) {
        java.util.Arrays.fill(costs, Double.NaN);
        cost.costs(i, j, costs);
    }
}
