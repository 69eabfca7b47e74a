package org.tilmash.core;

import java.io.IOException;
import java.nio.file.Path;

/** An output file could not be written: a user-facing condition (full disk, read-only directory), not a bug. */
public final class OutputFailure extends RuntimeException {

    private final transient Path path;

    public OutputFailure(Path path, IOException cause) {
        super("cannot write " + path + ": " + describe(cause), cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return message == null ? kind : kind + " " + message;
    }
}
