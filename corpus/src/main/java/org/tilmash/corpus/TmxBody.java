package org.tilmash.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams the units of a TMX file that tilmash wrote: the text between {@code <body>} and {@code </body>}, as it is.
 * Copying the bytes, rather than parsing and writing the units again, is what makes a corpus unit exactly the unit
 * {@code run} wrote; it is safe because both tags can only occur as markup in Okapi's TMXWriter output (text is
 * escaped). Memory is bounded by the longest unit, never by the file.
 */
final class TmxBody {

    private static final String START = "<body>";
    private static final String END = "</body>";
    private static final String UNIT_END = "</tu>";
    private static final int CHUNK = 1 << 16;

    private TmxBody() {
    }

    /** Passes the units of {@code file} to {@code sink} in chunks; returns how many units there were. */
    static long copy(Path file, Consumer<String> sink) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder(CHUNK + 1024);
            boolean inBody = false;
            boolean afterStart = false;
            long units = 0;
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (afterStart) {
                        afterStart = false;
                        if (c == '\n') {
                            continue; // the line break after <body>: the merged file's header has its own
                        }
                    }
                    text.append(c);
                    if (c != '>') {
                        continue;
                    }
                    if (!inBody) {
                        if (endsWith(text, START)) {
                            inBody = true;
                            afterStart = true;
                        }
                        if (inBody || text.length() > CHUNK) {
                            text.setLength(0);
                        }
                    } else if (endsWith(text, UNIT_END)) {
                        units++;
                    } else if (endsWith(text, END)) {
                        text.setLength(text.length() - END.length());
                        sink.accept(text.toString());
                        return units;
                    }
                    // After a '>' no tag is half read: a chunk can end here.
                    if (inBody && text.length() >= CHUNK) {
                        sink.accept(text.toString());
                        text.setLength(0);
                    }
                }
            }
            throw new IOException(file + ": not a TMX file written by tilmash (no " + (inBody ? END : START) + ")");
        }
    }

    private static boolean endsWith(StringBuilder text, String suffix) {
        int start = text.length() - suffix.length();
        return start >= 0 && text.indexOf(suffix, start) == start;
    }
}
