package org.tilmash.coverage;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What counts as translated. A unit is translated when its target is non-empty and either it is approved
 * ({@code approved="yes"}, XLIFF 1.2) or its state is one of {@link #states()}. One set serves both XLIFF
 * versions: their state vocabularies share only {@code translated} and {@code final}, which mean the same in both,
 * so the default names the XLIFF 1.2 done-states (translated, final, signed-off) and the XLIFF 2 ones (translated,
 * reviewed, final). The pseudo-state {@code none} matches an XLIFF 1.2 target without a state attribute.
 */
public record TranslatedPolicy(Set<String> states) {
    public static final String NO_STATE = "none";
    public static final TranslatedPolicy DEFAULT = parse("translated,reviewed,final,signed-off");

    public TranslatedPolicy {
        states = Collections.unmodifiableSet(new LinkedHashSet<>(states));
    }

    /** Parses a comma-separated list of states; {@link IllegalArgumentException} when it names none. */
    public static TranslatedPolicy parse(String commaSeparated) {
        Set<String> states = Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (states.isEmpty()) {
            throw new IllegalArgumentException("--translated-states names no state");
        }
        return new TranslatedPolicy(states);
    }

    /** @param state the target's state, or {@link #NO_STATE} when it has none */
    public boolean isTranslated(String state, boolean approved, boolean nonEmptyTarget) {
        return nonEmptyTarget && (approved || states.contains(state));
    }
}
