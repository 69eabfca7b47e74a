package org.tilmash.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.tilmash.core.Coverage;

/**
 * How one threshold fared: the coverage of the languages it matches, summed over files, and the files with the
 * most untranslated units or words (on the gate's basis), largest first.
 */
public record LanguageVerdict(Threshold threshold, Basis basis, long units, long translated, long total,
                              boolean passed, List<Shortfall> worstFiles) {

    /** A file and how much it leaves untranslated, on the gate's basis. */
    public record Shortfall(Path file, String language, long untranslated) {
    }

    public LanguageVerdict {
        worstFiles = List.copyOf(worstFiles);
    }

    /** Translated share in percent, as {@link Coverage#percent} computes it everywhere. */
    public double percent() {
        return Coverage.percent(translated, total);
    }

    /** One line for a CI log, e.g. {@code ru: 62.5% of words translated (10/16), below the minimum 95%; ...}. */
    public String describe() {
        String language = threshold.language();
        if (units == 0) {
            return language + ": no units in this language in any file; minimum " + Percent.format(threshold.minPercent())
                    + "%";
        }
        String line = language + ": " + Percent.format(percent()) + "% of " + basis.label() + " translated ("
                + translated + "/" + total + "), " + (passed ? "meets" : "below") + " the minimum "
                + Percent.format(threshold.minPercent()) + "%";
        if (passed || worstFiles.isEmpty()) {
            return line;
        }
        return line + "; most untranslated: " + worstFiles.stream()
                .map(s -> s.file() + " (" + s.untranslated() + " " + basis.label() + ")")
                .collect(Collectors.joining(", "));
    }
}
