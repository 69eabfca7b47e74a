package org.tilmash.steps.read;

import java.nio.file.Path;

/**
 * How outputs and reports name a file: relative to the working directory, with forward slashes, so that they never
 * carry a user's absolute paths and read the same on every machine. (A run may name some files otherwise:
 * {@code PipelineRun.shown}.)
 */
public final class DisplayPath {

    private DisplayPath() {
    }

    public static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = absolute.getRoot().equals(cwd.getRoot()) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
