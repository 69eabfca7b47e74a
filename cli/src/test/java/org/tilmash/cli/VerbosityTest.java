package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --verbose is an option picocli parses (a mixin), not a word found anywhere among the arguments. */
class VerbosityTest {

    private static boolean verbose(String... args) {
        TilmashCommand tilmash = new TilmashCommand();
        new CommandLine(tilmash).parseArgs(args);
        return tilmash.verbosity.isVerbose();
    }

    @Test
    void acceptedBeforeOrAfterTheCommand() {
        assertTrue(verbose("--verbose", "segment", "a.kk.txt"));
        assertTrue(verbose("segment", "--verbose", "a.kk.txt"));
        assertTrue(verbose("tm", "lookup", "--verbose", "x", "--to", "ru"));
        assertFalse(verbose("segment", "a.kk.txt"));
    }

    @Test
    void aFileNamedLikeTheOptionIsAFile() {
        assertFalse(verbose("segment", "--", "--verbose"));
        Sample.Result result = Sample.tilmash("segment", "--", "--verbose");
        assertEquals(ExitCode.BAD_INPUT, result.exitCode(), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }
}
