package org.tilmash.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's shared test data, {@code testdata/} at its root (see testdata/README.md for what each file is,
 * where it comes from and its licence). Every module's tests read it from here, never from outside the repository.
 */
public final class TestData {

    /** The repository root: the nearest folder above the working directory (a module, under Maven) with .mvn/. */
    public static final Path REPOSITORY = findRepository();

    private TestData() {
    }

    /** A file under {@code testdata/}, e.g. {@code file("debian-l10n/partial-200.tmx")}; fails if it is missing. */
    public static Path file(String relative) {
        Path file = REPOSITORY.resolve("testdata").resolve(relative);
        if (!Files.isRegularFile(file)) {
            fail("test data missing: " + file + " (it belongs to the repository: testdata/README.md)");
        }
        return file;
    }

    private static Path findRepository() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isDirectory(dir.resolve("testdata"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a folder with .mvn/ and testdata/) above " + start);
    }
}
