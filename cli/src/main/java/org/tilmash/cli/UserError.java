package org.tilmash.cli;

/** A failure the user can act on: printed as one line, ending the command with its exit code. */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
