package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help cleanly: users read it first, and a broken description shows only at run time. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "segment", "coverage", "tm", "tm import", "tm lookup", "merge"})
    void helpExitsZeroWithoutWarnings(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        // picocli reports a description it cannot format on System.err itself, not on the command's writer.
        PrintStream systemErr = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        Sample.Result result;
        try {
            System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
            result = Sample.tilmash(args);
        } finally {
            System.setErr(systemErr);
        }
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Usage: tilmash"), result.out());
        String warnings = traced.toString(StandardCharsets.UTF_8) + result.err();
        assertFalse(warnings.contains("WARN"), warnings);
    }
}
