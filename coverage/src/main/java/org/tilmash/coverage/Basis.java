package org.tilmash.coverage;

import java.util.Locale;

/** What a coverage percentage is measured in: source words (GMX-V) or units. */
public enum Basis {
    WORDS, SEGMENTS;

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code words} or {@code segments} (any case); {@link IllegalArgumentException} otherwise. */
    public static Basis parse(String text) {
        for (Basis basis : values()) {
            if (basis.label().equalsIgnoreCase(text.trim())) {
                return basis;
            }
        }
        throw new IllegalArgumentException("unknown basis '" + text + "' (expected words or segments)");
    }
}
