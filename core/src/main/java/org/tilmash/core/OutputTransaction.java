package org.tilmash.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All the files of one run, written first to hidden temporary files beside their final names and renamed into place
 * only when the whole run has succeeded. A failed run leaves no partial file behind: {@link #close()} deletes what
 * was not committed.
 */
public final class OutputTransaction implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /** Returns the temporary path to write instead of {@code target}. */
    public Path stage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        try {
            Files.createDirectories(directory);
            // createFile, not createTempFile: the final file must get the usual permissions (umask), not 0600.
            Path temp = Files.createFile(directory.resolve(
                    "." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part"));
            Path previous = staged.put(absolute, temp);
            if (previous != null) {
                Files.deleteIfExists(previous);
            }
            return temp;
        } catch (IOException e) {
            throw new OutputFailure(absolute, e);
        }
    }

    /**
     * Writes one whole file atomically: a reader sees the old content or the new, never a part; a failure leaves the
     * old file as it was. The new file gets the usual permissions (the umask), like any file the user creates.
     *
     * @throws OutputFailure the file cannot be written
     */
    public static void write(Path target, String content) {
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path temp = transaction.stage(target);
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new OutputFailure(target.toAbsolutePath().normalize(), e);
            }
            transaction.commit();
        }
    }

    /** Renames every staged file to its final name; each rename is atomic where the file system allows it. */
    public List<Path> commit() {
        List<Path> written = new ArrayList<>();
        for (var it = staged.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Path> entry = it.next();
            try {
                move(entry.getValue(), entry.getKey());
            } catch (IOException e) {
                throw new OutputFailure(entry.getKey(), e);
            }
            written.add(entry.getKey());
            it.remove();
        }
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes every staged file that was not committed. */
    @Override
    public void close() {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Best effort: a temp file we cannot delete is hidden and named *.part.
            }
        }
        staged.clear();
    }
}
