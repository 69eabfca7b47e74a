package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    /** The summaries 'tilmash --help' (and 'tm --help') list: one whole sentence each, not a cut-off line. */
    @ParameterizedTest
    @ValueSource(strings = {"--help", "tm --help"})
    void commandSummariesAreWholeSentences(String args) {
        String out = Sample.tilmash(args.split(" ")).out();
        List<String> lines = out.lines().toList();
        int start = lines.indexOf("Commands:") + 1;
        assertTrue(start > 0, out);
        List<String> summaries = new ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            if (line.matches("  \\S.*")) {
                summaries.add(line.strip().split("\\s+", 2)[1]);
            } else {
                int last = summaries.size() - 1;
                summaries.set(last, summaries.get(last) + " " + line.strip());
            }
        }
        assertFalse(summaries.isEmpty(), out);
        for (String summary : summaries) {
            assertTrue(Character.isUpperCase(summary.charAt(0)) && summary.endsWith("."), summary);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "run --help", "coverage --help", "tm import --help", "merge --help"})
    void theExitCodesArePrintedOnce(String args) {
        String out = Sample.tilmash(args.split(" ")).out();
        assertEquals(1, out.split("Exit codes:", -1).length - 1, out);
        assertEquals(1, out.lines().filter(l -> l.strip().startsWith("0 ")).count(), out);
    }

    @Test
    void coverageListsItsOwnExitCodes() {
        String out = Sample.tilmash("coverage", "--help").out();
        assertTrue(out.contains("every minimum met"), out);
        assertFalse(out.contains("success"), out);
    }

}
