package org.tilmash.coverage;

import java.nio.file.Path;

/** A file named on the command line (or found under a directory) that could not be counted, and why. */
public record InvalidFile(Path file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form compilers and CI annotations use. */
    public String describe() {
        String where = line > 0 ? ":" + line + ":" + column : "";
        return file + where + ": " + message;
    }
}
