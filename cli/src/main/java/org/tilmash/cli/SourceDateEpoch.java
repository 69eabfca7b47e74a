package org.tilmash.cli;

import java.time.Instant;
import java.util.Optional;

/** Reproducible builds' SOURCE_DATE_EPOCH: when set, the time stamp every output carries instead of now. */
public final class SourceDateEpoch {

    private SourceDateEpoch() {
    }

    public static Optional<Instant> instant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            throw new UserError(ExitCode.USAGE,
                    "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, not '" + value + "'");
        }
    }
}
