package org.tilmash.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.tilmash.tmx.memory.TranslationMemory;
import org.tilmash.tmx.read.TmxException;

/**
 * Where {@code --tm} points: a memory directory ({@code tm/} in the working directory by default, made by
 * {@code tilmash tm import}), or, for {@code run}, a TMX file imported into a throw-away memory for that run.
 */
final class MemoryLocation {

    static final String DEFAULT = "tm";

    private MemoryLocation() {
    }

    /** Opens the memory directory for writing, creating it if needed. */
    static TranslationMemory openForWriting(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError(ExitCode.USAGE, directory + ": --tm must name a directory");
        }
        try {
            return TranslationMemory.open(directory);
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, directory + ": cannot create the memory: " + e.getMessage());
        }
    }

    /** Opens an existing memory directory for lookups. */
    static TranslationMemory openExisting(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new UserError(ExitCode.BAD_INPUT, directory
                    + ": no translation memory here (make one with: tilmash tm import FILE.tmx --tm " + directory + ")");
        }
        return openForWriting(directory);
    }

    /** The memory for a run: the directory itself, or a TMX imported into a temporary one deleted on close. */
    static Opened forRun(Path location) {
        if (Files.isDirectory(location)) {
            return new Opened(openExisting(location), location.getFileName().toString(), null);
        }
        if (!Files.isRegularFile(location)) {
            throw new UserError(ExitCode.BAD_INPUT, location + ": no such memory directory or TMX file");
        }
        Path temporary;
        try {
            temporary = Files.createTempDirectory("tilmash-tm");
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot create a temporary memory: " + e.getMessage());
        }
        Opened opened = new Opened(openForWriting(temporary), location.getFileName().toString(), temporary);
        try {
            opened.memory().importTmx(location);
        } catch (TmxException e) {
            opened.close();
            throw new UserError(ExitCode.BAD_INPUT, e.error().toString());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /** An open memory, its name for reports, and the temporary directory to delete, if any. */
    record Opened(TranslationMemory memory, String name, Path temporary) implements AutoCloseable {
        @Override
        public void close() {
            memory.close();
            if (temporary != null) {
                try (Stream<Path> files = Files.walk(temporary)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
