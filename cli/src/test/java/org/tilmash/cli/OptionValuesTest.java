package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that used to crash (exit 70) or slip through: each is a usage error, exit 2 (issue 11, item 6). */
class OptionValuesTest {

    @TempDir
    Path dir;

    @Test
    void sourceDateEpochBeyondWhatATimeStampCarries() {
        UserError e = assertThrows(UserError.class, () -> SourceDateEpoch.instant("99999999999999999"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("99999999999999999"), e.getMessage());
        assertEquals(ExitCode.USAGE, assertThrows(UserError.class,
                () -> SourceDateEpoch.instant("253402300800")).exitCode());
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), SourceDateEpoch.instant("253402300799").orElseThrow());
        assertEquals(Instant.EPOCH, SourceDateEpoch.instant(" 0 ").orElseThrow());
    }

    @Test
    void negativeMaxInLookup() {
        Sample.Result result = Sample.tilmash("tm", "lookup", "Сәлем", "--to", "ru", "--max", "-1", "--tm",
                dir.resolve("tm").toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--max"), result.err());
        assertFalse(result.err().contains("internal"), result.err());
    }

    @Test
    void notANumberAsMinimumConfidence() {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--min-confidence", "NaN", "--out",
                dir.resolve("out").toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--min-confidence"), result.err());
    }
}
