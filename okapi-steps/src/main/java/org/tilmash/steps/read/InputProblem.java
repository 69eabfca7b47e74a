package org.tilmash.steps.read;

import java.nio.file.Path;

/** An input file tilmash cannot use, with where and what: the message a user acts on. */
public final class InputProblem extends RuntimeException {

    private final transient Path file;

    public InputProblem(Path file, String what) {
        super(file + ": " + what);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
