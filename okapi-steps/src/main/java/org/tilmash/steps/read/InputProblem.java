package org.tilmash.steps.read;

import java.nio.file.Path;

/** An input file tilmash cannot use, with where and what: the message a user acts on. */
public final class InputProblem extends RuntimeException {

    private final transient Path file;
    private final String what;

    public InputProblem(Path file, String what) {
        super(file + ": " + what);
        this.file = file;
        this.what = what;
    }

    /** What is wrong, without the file name. */
    public String what() {
        return what;
    }

    public Path file() {
        return file;
    }
}
