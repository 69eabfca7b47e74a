package org.tilmash.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --verbose}, accepted by every command (a mixin of the top command, inherited by the subcommands): Okapi's
 * and our logging at level info instead of warn, and stack traces of internal errors.
 */
final class Verbosity {

    /** slf4j-simple's default level: read once, when the first logger is made, which is after parsing. */
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private boolean verbose;

    Verbosity() {
        System.setProperty(LOG_LEVEL, "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log what the pipeline does, and show stack traces of internal errors.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        System.setProperty(LOG_LEVEL, verbose ? "info" : "warn");
    }

    boolean isVerbose() {
        return verbose;
    }
}
