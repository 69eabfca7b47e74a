package org.tilmash.cli;

import java.time.Instant;
import java.util.Optional;

/** Reproducible builds' SOURCE_DATE_EPOCH: when set, the time stamp every output carries instead of now. */
public final class SourceDateEpoch {

    /** Years 0000 to 9999: what an ISO 8601 time stamp in our outputs can carry without an expanded year. */
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

    private SourceDateEpoch() {
    }

    public static Optional<Instant> instant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UserError(ExitCode.USAGE,
                    "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 (UTC), not '" + value + "'");
        }
        if (seconds < FIRST.getEpochSecond() || seconds > LAST.getEpochSecond()) {
            throw new UserError(ExitCode.USAGE, "SOURCE_DATE_EPOCH " + value + " is outside the years 0000-9999 (from "
                    + FIRST.getEpochSecond() + " to " + LAST.getEpochSecond() + " seconds)");
        }
        return Optional.of(Instant.ofEpochSecond(seconds));
    }
}
