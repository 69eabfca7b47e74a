package org.tilmash.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.tilmash.core.testing.TestData;

/** Where the tests find the project's files, and a way to run the command line in-process. */
final class Sample {

    static final Path REPO = TestData.REPOSITORY;
    static final Path SOURCE = REPO.resolve("seeds/eurasian-integration.kk.txt");

    private Sample() {
    }

    /** The outcome of one {@code tilmash} invocation. */
    record Result(int exitCode, String out, String err) {
    }

    static Result tilmash(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
