package org.tilmash.coverage;

import java.util.List;
import java.util.Optional;

/** The verdict of a {@link CoverageGate}: one {@link LanguageVerdict} per threshold, in the order given. */
public record GateResult(Basis basis, List<LanguageVerdict> verdicts) {
    public GateResult {
        verdicts = List.copyOf(verdicts);
    }

    /** True when every threshold is met (and when there are none). */
    public boolean passed() {
        return verdicts.stream().allMatch(LanguageVerdict::passed);
    }

    public List<LanguageVerdict> failures() {
        return verdicts.stream().filter(v -> !v.passed()).toList();
    }

    /** One line per failing language, naming the files that pull it down most; empty when the gate passed. */
    public List<String> failureLines() {
        return failures().stream().map(LanguageVerdict::describe).toList();
    }

    /** The first threshold that applies to a language tag, if any. */
    public Optional<Threshold> thresholdFor(String tag) {
        return verdicts.stream().map(LanguageVerdict::threshold).filter(t -> t.matches(tag)).findFirst();
    }
}
