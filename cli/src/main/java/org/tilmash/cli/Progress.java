package org.tilmash.cli;

import java.io.PrintWriter;

/** Shows which document is being processed, on an interactive terminal only: CI logs and pipes stay quiet. */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = System.console() != null && System.getenv("CI") == null;
    }

    void document(SourceDocument document) {
        done++;
        if (enabled) {
            err.printf("[%d/%d] %s%n", done, total, document.displayPath());
            err.flush();
        }
    }
}
