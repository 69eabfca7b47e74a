package org.tilmash.core;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What "translated" (done) means, for every part of tilmash that reads or writes a target: a unit is done when its
 * target has text (a non-whitespace character, or an inline element) and either it is approved ({@code approved="yes"},
 * XLIFF 1.2) or its state is a done-state. The default done-states are XLIFF 1.2's translated, signed-off and final
 * and XLIFF 2's translated, reviewed and final: the two vocabularies share only translated and final, which mean the
 * same in both, so one set serves both versions.
 */
public final class Translated {

    /** The state tilmash writes on a filled target. */
    public static final String STATE_TRANSLATED = "translated";
    /** The state tilmash writes on an empty target. */
    public static final String STATE_NEEDS_TRANSLATION = "needs-translation";
    /** The pseudo-state that stands for an XLIFF 1.2 target without a state attribute, in a set of done-states. */
    public static final String NO_STATE = "none";
    /** The default done-states, in the order reports print them. */
    public static final Set<String> DONE_STATES = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of(STATE_TRANSLATED, "reviewed", "final", "signed-off")));

    private Translated() {
    }

    /**
     * @param state      the target's state as written (case matters: XLIFF states are case-sensitive), or null
     * @param approved   XLIFF 1.2 {@code approved="yes"}
     * @param hasText    whether the target has text ({@link #hasText(CharSequence)} for plain text)
     * @param doneStates the states that count as done ({@link #DONE_STATES} unless the user chose others)
     */
    public static boolean isDone(String state, boolean approved, boolean hasText, Set<String> doneStates) {
        return hasText && (approved || (state != null && doneStates.contains(state)));
    }

    /** {@link #isDone(String, boolean, boolean, Set)} with the default done-states. */
    public static boolean isDone(String state, boolean approved, boolean hasText) {
        return isDone(state, approved, hasText, DONE_STATES);
    }

    /** Whether a plain-text target has text: an empty or all-whitespace target is not a translation. */
    public static boolean hasText(CharSequence target) {
        return target != null && !target.toString().isBlank();
    }
}
