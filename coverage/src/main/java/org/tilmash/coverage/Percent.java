package org.tilmash.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as reports print them: at most one decimal, rounded down so 94.99 never shows as 95 (what
 * {@link org.tilmash.core.Coverage#percent} computes; a minimum the user gave is printed the same way).
 */
final class Percent {
    private Percent() {
    }

    static String format(double percent) {
        return round(percent).stripTrailingZeros().toPlainString();
    }

    static BigDecimal round(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.FLOOR);
    }
}
