package org.tilmash.tmx.read;

import java.nio.file.Path;

/**
 * What is wrong with a TMX file and where: the value a bad TMX produces instead of units.
 *
 * @param file    the TMX file
 * @param line    1-based line, or -1 when unknown
 * @param column  1-based column, or -1 when unknown
 * @param message what is wrong, in words a user can act on
 */
public record TmxError(Path file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form compilers and editors understand; {@code file: message} when
     * the place is unknown (a file that cannot be opened). */
    @Override
    public String toString() {
        if (line < 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + (column < 0 ? "" : column + ":") + " " + message;
    }
}
