package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthModelTest {

    @Test
    void estimatesTheRatioAndTheShareOfFreeTranslation() {
        Random random = new Random(7);
        List<int[]> pairs = new ArrayList<>();
        int free = 0;
        for (int k = 0; k < 2000; k++) {
            int ls = 30 + random.nextInt(170);
            // 85% close translations (variance 1.2 per character), 15% free ones (variance 8)
            boolean isFree = random.nextDouble() < 0.15;
            free += isFree ? 1 : 0;
            double sd = Math.sqrt(ls * (isFree ? 8.0 : 1.2));
            pairs.add(new int[] {ls, Math.max(1, (int) Math.round(0.9 * ls + sd * random.nextGaussian()))});
        }
        LengthModel model = LengthModel.estimate(pairs, null);
        assertEquals(0.9, model.ratio(), 0.01);
        assertEquals(free / 2000.0, model.freeShare(), 0.05);
    }

    @Test
    void aCondensedTranslationCostsLessThanUnderOneTightNormal() {
        List<int[]> close = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            close.add(new int[] {60 + 3 * k, 60 + 3 * k + (k % 5) - 2});
        }
        LengthModel mixture = LengthModel.estimate(close, null);
        // Half the expected length: far in a tight normal's tail, ordinary for a condensed rendering.
        double condensed = mixture.cost(100, 50);
        assertTrue(condensed < 10, "cost of a condensed translation " + condensed);
        assertTrue(condensed > mixture.cost(100, 95) + 2, "a close translation stays much likelier");
    }

    @Test
    void tooFewLinksKeepTheFallback() {
        LengthModel fallback = LengthModel.initial(1.1);
        assertEquals(fallback, LengthModel.estimate(List.of(new int[] {10, 11}), fallback));
    }
}
