package org.tilmash.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing tool skips the test with its reason, or fails it under CI; whichever this run is, it is checked. */
class ExternalToolTest {

    @Test
    void aMissingCommandSkipsOrFailsUnderCiNamingThePackage() {
        Class<? extends Throwable> expected = ExternalTool.underCi() ? AssertionFailedError.class
                : TestAbortedException.class;
        Throwable thrown = assertThrows(Throwable.class,
                () -> ExternalTool.command("tilmash-no-such-tool", "tilmash-no-such-package"));
        assertEquals(expected, thrown.getClass());
        assertTrue(thrown.getMessage().contains("tilmash-no-such-tool")
                && thrown.getMessage().contains("apt-get install tilmash-no-such-package"), thrown.getMessage());
    }

    @Test
    void aMissingFileSkipsOrFailsUnderCi() {
        Throwable thrown = assertThrows(Throwable.class,
                () -> ExternalTool.file(Path.of("/nonexistent/tilmash/OmegaT.jar"), "omegat"));
        assertTrue(thrown instanceof TestAbortedException || thrown instanceof AssertionFailedError, thrown.toString());
        assertTrue(thrown.getMessage().contains("/nonexistent/tilmash/OmegaT.jar"), thrown.getMessage());
    }

    @Test
    void aCommandOnThePathIsFound() {
        // sh is on every PATH the build runs with
        assertTrue(ExternalTool.command("sh", "dash").endsWith("sh"));
    }
}
