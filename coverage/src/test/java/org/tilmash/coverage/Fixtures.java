package org.tilmash.coverage;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test files under src/test/resources/fixtures (good/ and broken/ are copies of the peers samples). */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static FileCoverage read(String name) throws InvalidFileException {
        return new CoverageScanner(TranslatedPolicy.DEFAULT).read(path(name));
    }
}
