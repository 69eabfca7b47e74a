package org.tilmash.cli;

import java.nio.file.Path;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import org.tilmash.steps.read.DocumentFormat;

/**
 * A Kazakh source document and what goes with it.
 *
 * @param path         the file, as the user named it
 * @param format       how it is read
 * @param name         the output base name: {@code NAME} of {@code NAME.kk.EXT}
 * @param translations the parallel documents found or named for it, per target language
 */
record SourceDocument(Path path, DocumentFormat format, String name, Map<LocaleId, Path> translations) {

    /**
     * The path relative to the working directory, with forward slashes: what XLIFF's {@code original} and the
     * report show, so that outputs never carry a user's absolute paths and stay the same on every machine.
     */
    String displayPath() {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = absolute.getRoot().equals(cwd.getRoot()) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
