package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTransactionTest {

    @TempDir
    Path dir;

    @Test
    void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("report.xml");
        Files.writeString(target, "old");
        OutputTransaction.write(target, "new ✓");
        assertEquals("new ✓", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyOtherFileTheUserCreates() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("written.txt");
        OutputTransaction.write(written, "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        // createTempFile would give 0600 (rw-------) whatever the umask
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
    }

    @Test
    void anUncommittedRunLeavesNothingAndKeepsTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("a.tmx"), "old");
        try (OutputTransaction outputs = new OutputTransaction()) {
            Files.writeString(outputs.stage(target), "half");
            Files.writeString(outputs.stage(dir.resolve("b.tmx")), "half");
        }
        assertEquals("old", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("b.tmx")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void anUnwritableDirectoryIsAnOutputFailureNamingTheFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "");
        Path target = blocker.resolve("report.json");
        OutputFailure failure = assertThrows(OutputFailure.class, () -> OutputTransaction.write(target, "{}"));
        assertEquals(target, failure.path());
    }
}
