package org.tilmash.cli;

/** The process exit codes: a contract with users' scripts and CI jobs (documented in the README). */
public final class ExitCode {
    public static final int OK = 0;
    /** Coverage below the threshold given with {@code --min-coverage} / {@code --min}. */
    public static final int COVERAGE_BELOW_THRESHOLD = 1;
    /** A mistake on the command line. */
    public static final int USAGE = 2;
    /** An input is missing, unreadable, undecodable, empty or malformed. */
    public static final int BAD_INPUT = 3;
    /** An output cannot be written. */
    public static final int OUTPUT = 4;
    /** A bug in tilmash: the message says so and {@code --verbose} shows the stack trace. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
