package org.tilmash.core;

/**
 * Translation coverage: units and source words, all and translated, and the one rule that turns them into a
 * percentage or a pass/fail. The run summary, report.json and the coverage gate all use it, so they agree:
 * <ul>
 *   <li>a percentage is rounded down to one decimal (94.99 shows as 94.9, never as 95);</li>
 *   <li>a minimum is compared with the exact fraction, so a value shown as reaching a one-decimal minimum reaches
 *       it;</li>
 *   <li>nothing to translate (no units, or no words) is 100%: nothing is missing.</li>
 * </ul>
 * Mutable while counting; treat it as read-only once counted.
 */
public final class Coverage {
    private long units;
    private long translatedUnits;
    private long words;
    private long translatedWords;

    /** Counts one unit of {@code sourceWords} words. */
    public void count(long sourceWords, boolean translated) {
        units++;
        words += sourceWords;
        if (translated) {
            translatedUnits++;
            translatedWords += sourceWords;
        }
    }

    /** Adds totals known only at the end of a file. */
    public void addTotals(long units, long sourceWords, long translatedUnits, long translatedWords) {
        this.units += units;
        this.words += sourceWords;
        this.translatedUnits += translatedUnits;
        this.translatedWords += translatedWords;
    }

    public void add(Coverage other) {
        addTotals(other.units, other.words, other.translatedUnits, other.translatedWords);
    }

    public long units() {
        return units;
    }

    public long translatedUnits() {
        return translatedUnits;
    }

    /** Source words (GMX-V) of every unit. */
    public long words() {
        return words;
    }

    /** Source words (GMX-V) of the translated units. */
    public long translatedWords() {
        return translatedWords;
    }

    public double unitPercent() {
        return percent(translatedUnits, units);
    }

    public double wordPercent() {
        return percent(translatedWords, words);
    }

    /** {@code translated} of {@code total} in percent, rounded down to one decimal; 100 when total is 0. */
    public static double percent(long translated, long total) {
        return total == 0 ? 100.0 : Math.floorDiv(translated * 1000, total) / 10.0;
    }

    /** Whether {@code translated} of {@code total} reaches {@code minPercent}, exactly; nothing to translate does. */
    public static boolean reaches(long translated, long total, double minPercent) {
        return total == 0 || translated * 100.0 >= minPercent * total;
    }
}
