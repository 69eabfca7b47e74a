package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void percentagesAreRoundedDownToOneDecimal() {
        assertEquals(94.9, Coverage.percent(9499, 10000));
        assertEquals(66.6, Coverage.percent(2, 3));
        assertEquals(100.0, Coverage.percent(7, 7));
    }

    @Test
    void nothingToTranslateIsFullyCoveredAndPassesEveryMinimum() {
        assertEquals(100.0, new Coverage().wordPercent());
        assertTrue(Coverage.reaches(0, 0, 100));
    }

    @Test
    void theGateComparesTheExactFractionSoItAgreesWithWhatIsShown() {
        assertFalse(Coverage.reaches(9499, 10000, 95));
        assertTrue(Coverage.reaches(9500, 10000, 95));
        // shown as 66.6: reaches 66.6, not 66.7
        assertTrue(Coverage.reaches(2, 3, Coverage.percent(2, 3)));
        assertFalse(Coverage.reaches(2, 3, 66.7));
    }

    @Test
    void countsUnitsAndWords() {
        Coverage c = new Coverage();
        c.count(3, true);
        c.count(1, false);
        assertEquals(2, c.units());
        assertEquals(50.0, c.unitPercent());
        assertEquals(75.0, c.wordPercent());
    }
}
