package org.tilmash.coverage;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.tilmash.core.Coverage;

/**
 * Counters for one target language, in one file or summed over files: tilmash's {@link Coverage} plus what only
 * the coverage reports show (approved units, units per state). Mutable while a file is read; treat it as read-only
 * once it is in a {@link CoverageReport}.
 */
public final class LanguageCoverage {
    private final Coverage coverage = new Coverage();
    private long approvedUnits;
    private final Map<String, Long> unitsByState = new TreeMap<>();

    /** Counts one unit. {@code state} is null for formats without states (TMX). */
    void addUnit(long words, boolean translated, boolean approved, String state) {
        coverage.count(words, translated);
        if (approved) {
            approvedUnits++;
        }
        if (state != null) {
            unitsByState.merge(state, 1L, Long::sum);
        }
    }

    /** Adds the counts of a format without states (TMX), known only once the whole file is read. */
    void addTotals(long units, long sourceWords, long translatedUnits, long translatedWords) {
        coverage.addTotals(units, sourceWords, translatedUnits, translatedWords);
    }

    /** Adds another language's counters to this one. */
    void add(LanguageCoverage other) {
        coverage.add(other.coverage);
        approvedUnits += other.approvedUnits;
        other.unitsByState.forEach((state, count) -> unitsByState.merge(state, count, Long::sum));
    }

    public long units() { return coverage.units(); }

    /** Units whose target is non-empty and whose state counts as translated (or that are approved). */
    public long translatedUnits() { return coverage.translatedUnits(); }

    /** XLIFF 1.2 units with {@code approved="yes"} and a non-empty target (what pocount calls translated). */
    public long approvedUnits() { return approvedUnits; }

    /** GMX-V words of the source text of every unit. */
    public long sourceWords() { return coverage.words(); }

    /** GMX-V words of the source text of the translated units. */
    public long translatedWords() { return coverage.translatedWords(); }

    /** Units per XLIFF state; see the README for the pseudo-states {@code no-target} and {@code none}. */
    public Map<String, Long> unitsByState() { return Collections.unmodifiableMap(unitsByState); }

    /** The total on the given basis (source words or units). */
    public long total(Basis basis) {
        return basis == Basis.WORDS ? coverage.words() : coverage.units();
    }

    /** The translated part on the given basis. */
    public long translated(Basis basis) {
        return basis == Basis.WORDS ? coverage.translatedWords() : coverage.translatedUnits();
    }

    /** Translated share in percent, as {@link Coverage#percent} computes it everywhere. */
    public double percent(Basis basis) {
        return Coverage.percent(translated(basis), total(basis));
    }
}
