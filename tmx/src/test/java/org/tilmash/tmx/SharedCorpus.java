package org.tilmash.tmx;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The debian-l10n corpus in the shared reference folder beside the repository (set by the pom). */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Path file(String name) {
        String shared = System.getProperty("tilmash.shared");
        if (shared == null) {
            fail("system property tilmash.shared is not set: run the tests through Maven");
        }
        Path file = Path.of(shared, "corpora", "debian-l10n", name);
        if (!Files.isRegularFile(file)) {
            fail("test data missing: " + file.toAbsolutePath().normalize()
                    + " (the shared reference folder must sit beside the repository, as ../shared)");
        }
        return file;
    }
}
