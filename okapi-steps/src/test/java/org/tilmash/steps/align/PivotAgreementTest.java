package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PivotAgreementTest {
    // source 0..4, pivot 0..3, target 0..4
    // source-pivot: 0-0, 1+2 -> 1 (2-1), 3 -> nothing, 4 -> 2, nothing -> 3
    private static final List<Link> SOURCE_PIVOT = List.of(new Link(0, 1, 0, 1, 1), new Link(1, 2, 1, 1, 1),
            new Link(3, 1, 2, 0, 1), new Link(4, 1, 2, 1, 0.5), new Link(5, 0, 3, 1, 1));
    // pivot-target: 0 -> 0, 1 -> 1+2 (1-2), 2 -> 4, 3 -> 3 (crossing is impossible, so 3 is unlinked here)
    private static final List<Link> PIVOT_TARGET = List.of(new Link(0, 1, 0, 1, 1), new Link(1, 1, 1, 2, 1),
            new Link(2, 1, 3, 0, 1), new Link(2, 1, 4, 1, 1), new Link(3, 1, 5, 0, 1));

    private final PivotAgreement agreement = PivotAgreement.of(SOURCE_PIVOT, PIVOT_TARGET, 5, 4, 5);

    @Test
    void beadsOverlappingTheComposedCounterpartsAreConfirmed() {
        assertTrue(agreement.cost(0, 1, 0, 1) < 0);
        // 1+2 compose to 1+2: a 2-2, or two 1-1 links at a finer grain, both agree
        assertTrue(agreement.cost(1, 2, 1, 2) < 0);
        assertTrue(agreement.cost(1, 1, 1, 1) < 0);
        assertEquals(agreement.cost(1, 1, 1, 1) + agreement.cost(2, 1, 2, 1), agreement.cost(1, 2, 1, 2), 1e-9);
    }

    @Test
    void leavingUnlinkedOrLinkingFarAwayIsContradicted() {
        assertTrue(agreement.cost(0, 1, 0, 0) > 0, "source 0 has a counterpart, skipping it is contradicted");
        assertTrue(agreement.cost(0, 0, 2, 1) > 0, "target 2 has one too");
        assertTrue(agreement.cost(0, 1, 3, 1) > 0, "source 0 linked three sentences off");
        assertTrue(agreement.cost(0, 1, 3, 1) > -agreement.cost(0, 1, 0, 1), "a contradiction outweighs a confirmation");
    }

    @Test
    void aSentenceEitherAlignmentLeftUnlinkedGetsNoWord() {
        assertEquals(0, agreement.cost(3, 1, 0, 0), 1e-9, "source 3 was not linked to the pivot");
        assertEquals(0, agreement.cost(0, 0, 3, 1), 1e-9, "target 3 was linked to no pivot sentence");
    }

    @Test
    void aDoubtfulPivotLinkSaysLess() {
        // source 4 reaches target 4 through a link of confidence 0.5
        assertEquals(agreement.cost(0, 1, 0, 0) / 2, agreement.cost(4, 1, 0, 0), 1e-6);
    }
}
