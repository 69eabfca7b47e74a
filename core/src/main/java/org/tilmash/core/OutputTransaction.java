package org.tilmash.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All the files of one run, written first to hidden temporary files beside their final names
 * ({@code .NAME.HEX.part}) and renamed into place only when the whole run has succeeded. A failed run leaves no
 * partial file behind: {@link #close()} deletes what was not committed, and so does a shutdown hook when the process
 * is stopped by SIGINT or SIGTERM before it gets there. Parts of the same output left by a process that could not
 * clean up (SIGKILL, a power cut) are removed when that output is staged again.
 */
public final class OutputTransaction implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Our temporary name for an output NAME: {@code .NAME.} then up to 16 hex digits, then {@code .part}. */
    private static final Pattern PART = Pattern.compile("\\.(.+)\\.[0-9a-f]{1,16}\\.part");

    private final Map<Path, Path> staged = new LinkedHashMap<>();
    /**
     * Parts left in each directory before this transaction staged its first file there, by output name: a directory
     * is listed once, not at every file staged in it (a run of thousands of documents writes them all in one).
     */
    private final Map<Path, Map<String, List<Path>>> leftovers = new HashMap<>();
    private final Thread cleanupOnSignal = new Thread(this::close, "tilmash output cleanup");
    private boolean hooked;
    private boolean closed;

    /** Returns the temporary path to write instead of {@code target}. */
    public synchronized Path stage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (closed) {
            throw new OutputFailure(absolute, new IOException("the run is ending: no more output is staged"));
        }
        hookOnce();
        try {
            Files.createDirectories(directory);
            removeStaleParts(directory, absolute.getFileName().toString());
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

    private void hookOnce() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(cleanupOnSignal);
            hooked = true;
        }
    }

    /** Deletes {@code .NAME.HEX.part} files of this output that no live transaction of ours is writing. */
    private void removeStaleParts(Path directory, String name) throws IOException {
        Map<String, List<Path>> parts = leftovers.get(directory);
        if (parts == null) {
            parts = partsIn(directory);
            leftovers.put(directory, parts);
        }
        for (Path part : parts.getOrDefault(name, List.of())) {
            Files.deleteIfExists(part);
        }
        parts.remove(name);
    }

    /** The parts in a directory, by the output they were for. */
    private static Map<String, List<Path>> partsIn(Path directory) throws IOException {
        Map<String, List<Path>> parts = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path part : files) {
                Matcher m = PART.matcher(part.getFileName().toString());
                if (m.matches()) {
                    parts.computeIfAbsent(m.group(1), name -> new ArrayList<>()).add(part);
                }
            }
        }
        return parts;
    }

    /** Renames every staged file to its final name; each rename is atomic where the file system allows it. */
    public synchronized List<Path> commit() {
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

    /** Renames {@code from} to {@code to}, atomically where the file system can, replacing what is there. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes every staged file that was not committed; from then on nothing more is staged. */
    @Override
    public synchronized void close() {
        closed = true;
        if (hooked && Thread.currentThread() != cleanupOnSignal) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it finds nothing left to delete
            }
            hooked = false;
        }
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
