package org.tilmash.cli;

import java.nio.file.Path;
import org.tilmash.steps.read.DisplayPath;
import org.tilmash.steps.read.DocumentFormat;

/**
 * A Kazakh source document and what goes with it.
 *
 * @param path   the file, as the user named it
 * @param format how it is read
 * @param name   the output base name: {@code NAME} of {@code NAME.kk.EXT}, after the sub-directory the file is in
 *               below its SOURCE directory ({@code laws/tax}), with forward slashes
 */
record SourceDocument(Path path, DocumentFormat format, String name) {

    /** The path as outputs and reports show it (XLIFF's {@code original}). */
    String displayPath() {
        return DisplayPath.of(path);
    }
}
