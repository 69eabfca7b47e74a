package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: drawn on an interactive terminal only, and then with files done and bytes read. */
class ProgressTest {

    @Test
    void drawnOnlyOnAnInteractiveTerminalOutsideCi() {
        assertTrue(Progress.interactive(Map.of("TERM", "xterm"), true, () -> true));
        assertFalse(Progress.interactive(Map.of("CI", "true"), true, () -> true), "CI");
        assertFalse(Progress.interactive(Map.of(), false, () -> true), "output piped: no console");
        assertFalse(Progress.interactive(Map.of(), true, () -> false), "standard error piped or redirected");
        assertFalse(Progress.interactive(Map.of("TERM", "dumb"), true, () -> true), "a dumb terminal");
        assertTrue(Progress.interactive(Map.of("CI", "false"), true, () -> true));
    }

    @Test
    void notOnATerminalNothingIsDrawnAndNothingMeasured(@TempDir Path dir) throws Exception {
        // Tests run with standard input and output piped, as in CI: no console.
        Path file = Files.writeString(dir.resolve("a.txt"), "text");
        PrintStream systemErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try (Progress progress = Progress.start("run", "documents", List.of(file))) {
                assertFalse(progress.shown());
                progress.fileDone(file);
            }
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBarShowsFilesDoneAndBytesRead(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.kk.txt"), "x".repeat(3000));
        Path second = Files.writeString(dir.resolve("second.kk.txt"), "y".repeat(1000));
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (Progress progress = Progress.drawnOn(new PrintStream(drawn, true, StandardCharsets.UTF_8), "run",
                "documents", List.of(first, second))) {
            try (Progress.Reading reading = progress.file(first)) {
                reading.readTo(1500);
                reading.readTo(9999); // an estimate past the end counts as the end
            }
            progress.fileDone(second);
        }
        String screen = drawn.toString(StandardCharsets.UTF_8);
        String last = screen.substring(screen.lastIndexOf('\r') + 1);
        assertTrue(last.contains("100%"), last);
        assertTrue(last.contains(" 4/4 kB "), last);
        assertTrue(last.contains("2/2 documents"), last);
    }
}
