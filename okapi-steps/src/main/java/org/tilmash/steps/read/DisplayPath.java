package org.tilmash.steps.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How outputs and reports name a file: relative to the working directory, with forward slashes, so that they never
 * carry a user's absolute paths and read the same on every machine. A local copy of a file from elsewhere (a corpus
 * task's copy of a document on HDFS or an object store) is named as the original, while the copy is registered.
 */
public final class DisplayPath {

    private static final Map<Path, String> COPIES = new ConcurrentHashMap<>();

    private DisplayPath() {
    }

    public static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String original = COPIES.get(absolute);
        if (original != null) {
            return original;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = absolute.getRoot().equals(cwd.getRoot()) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A copy's registration; closing it ends it. */
    public interface Copy extends AutoCloseable {
        @Override
        void close();
    }

    /** Names {@code copy} as {@code original} (a URI) until the returned registration is closed. */
    public static Copy copyOf(Path copy, String original) {
        Path absolute = copy.toAbsolutePath().normalize();
        COPIES.put(absolute, original);
        return () -> COPIES.remove(absolute);
    }
}
