package org.tilmash.coverage;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters for one target language, in one file or summed over files. Mutable while a file is read; treat it as
 * read-only once it is in a {@link CoverageReport}.
 */
public final class LanguageCoverage {
    private long units;
    private long translatedUnits;
    private long approvedUnits;
    private long sourceWords;
    private long translatedWords;
    private final Map<String, Long> unitsByState = new TreeMap<>();

    /** Counts one unit. {@code state} is null for formats without states (TMX). */
    void addUnit(long words, boolean translated, boolean approved, String state) {
        units++;
        sourceWords += words;
        if (translated) {
            translatedUnits++;
            translatedWords += words;
        }
        if (approved) {
            approvedUnits++;
        }
        if (state != null) {
            unitsByState.merge(state, 1L, Long::sum);
        }
    }

    /** Adds the counts of a format without states (TMX), known only once the whole file is read. */
    void addTotals(long units, long sourceWords, long translatedUnits, long translatedWords) {
        this.units += units;
        this.sourceWords += sourceWords;
        this.translatedUnits += translatedUnits;
        this.translatedWords += translatedWords;
    }

    /** Adds another language's counters to this one. */
    void add(LanguageCoverage other) {
        units += other.units;
        translatedUnits += other.translatedUnits;
        approvedUnits += other.approvedUnits;
        sourceWords += other.sourceWords;
        translatedWords += other.translatedWords;
        other.unitsByState.forEach((state, count) -> unitsByState.merge(state, count, Long::sum));
    }

    public long units() { return units; }

    /** Units whose target is non-empty and whose state counts as translated (or that are approved). */
    public long translatedUnits() { return translatedUnits; }

    /** XLIFF 1.2 units with {@code approved="yes"} and a non-empty target (what pocount calls translated). */
    public long approvedUnits() { return approvedUnits; }

    /** GMX-V words of the source text of every unit. */
    public long sourceWords() { return sourceWords; }

    /** GMX-V words of the source text of the translated units. */
    public long translatedWords() { return translatedWords; }

    /** Units per XLIFF state; see the README for the pseudo-states {@code no-target} and {@code none}. */
    public Map<String, Long> unitsByState() { return Collections.unmodifiableMap(unitsByState); }

    /** The total on the given basis (source words or units). */
    public long total(Basis basis) {
        return basis == Basis.WORDS ? sourceWords : units;
    }

    /** The translated part on the given basis. */
    public long translated(Basis basis) {
        return basis == Basis.WORDS ? translatedWords : translatedUnits;
    }

    /** Translated share in percent; 100 when there is nothing to translate on that basis. */
    public double percent(Basis basis) {
        long total = total(basis);
        return total == 0 ? 100.0 : translated(basis) * 100.0 / total;
    }
}
