package org.tilmash.cli;

/** A failure the user can act on: printed as one line, ending the command with its exit code. */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
