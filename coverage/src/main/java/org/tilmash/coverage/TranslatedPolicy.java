package org.tilmash.coverage;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tilmash.core.Translated;

/**
 * What counts as translated: tilmash's one definition ({@link Translated}), with the done-states the user chose
 * ({@code --translated-states}; {@link Translated#DONE_STATES} by default). The pseudo-state {@code none} matches an
 * XLIFF 1.2 target without a state attribute.
 */
public record TranslatedPolicy(Set<String> states) {
    public static final String NO_STATE = Translated.NO_STATE;
    public static final TranslatedPolicy DEFAULT = new TranslatedPolicy(Translated.DONE_STATES);

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
        return Translated.isDone(state, approved, nonEmptyTarget, states);
    }
}
