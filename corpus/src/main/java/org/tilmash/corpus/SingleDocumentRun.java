package org.tilmash.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tilmash.cli.Main;

/**
 * The one place where the corpus job calls the pipeline of {@code run}: it runs {@code tilmash run} on one document
 * group into a directory, so that every document goes through exactly the pipeline (and options) of {@code run}.
 * (When the shared pipeline builder of issue 12 lands, this becomes a call to it.)
 */
final class SingleDocumentRun {

    /** The exit code of {@code run} and its error line (without the {@code tilmash: } prefix), if it failed. */
    record Outcome(int exitCode, String error) {
    }

    private SingleDocumentRun() {
    }

    static Outcome run(DocumentGroup group, Path out, List<String> options) {
        List<String> args = new ArrayList<>(List.of("run", group.kazakh(), "--out", out.toString()));
        if (group.russian() != null) {
            args.addAll(List.of("--ru", group.russian()));
        }
        if (group.english() != null) {
            args.addAll(List.of("--en", group.english()));
        }
        args.addAll(options);
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(Writer.nullWriter()),
                new PrintWriter(err));
        return new Outcome(code, code == 0 ? null : errorLine(err.toString()));
    }

    private static String errorLine(String err) {
        for (String line : err.split("\n")) {
            if (line.startsWith("tilmash: ") && !line.startsWith("tilmash: warning: ")) {
                return line.substring("tilmash: ".length());
            }
        }
        return err.strip();
    }
}
