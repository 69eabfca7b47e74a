package org.tilmash.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.apache.hadoop.conf.Configuration;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.UserError;
import org.tilmash.steps.read.DisplayPath;

/**
 * A group's remote files ({@link RemoteFiles}) copied into a task's directory under their own names, so that the
 * pipeline reads them as it reads local files (Okapi's filters and the checks before them read local files). One
 * sub-directory per language, since a source and its translation may have the same name in different places. The
 * run names each copy by its URI in outputs and reports ({@link #shownAs}), and failure messages do too
 * ({@link #withUris}); closing deletes the copies.
 */
final class RemoteCopies implements AutoCloseable {

    private final Path directory;
    private final Configuration hadoop;
    private final Map<Path, String> uriOfCopy = new LinkedHashMap<>();

    /** @param directory a task-private directory, emptied on close */
    RemoteCopies(Path directory, Configuration hadoop) {
        this.directory = directory;
        this.hadoop = hadoop;
    }

    /**
     * The group with its remote files replaced by local copies (the same group when it has none).
     *
     * @throws UserError (bad input) naming the URI of a file that cannot be read, and why
     */
    DocumentGroup localGroup(DocumentGroup group) {
        return new DocumentGroup(group.key(), group.outputs(), copy(group.kazakh(), "kk"),
                copy(group.russian(), "ru"), copy(group.english(), "en"), group.problem());
    }

    private String copy(String file, String language) {
        if (file == null || !RemoteFiles.isRemote(file)) {
            return file;
        }
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file);
        Path copy = directory.resolve(language).resolve(remote.getName());
        try {
            Files.createDirectories(copy.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an output problem: the task's directory
        }
        // The file system is Hadoop's to cache and close (one per scheme and authority in the JVM).
        try (InputStream in = RemoteFiles.fileSystem(remote, hadoop).open(remote)) {
            Files.copy(in, copy);
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, RemoteFiles.problem(file, e));
        }
        uriOfCopy.put(copy.toAbsolutePath().normalize(), file);
        return copy.toString();
    }

    /** The URI of each copy (by absolute path), for the run ({@code PipelineRun.shown}). */
    Map<Path, String> shownAs() {
        return uriOfCopy;
    }

    /** A message of the pipeline about the copies (which name them by path, or as outputs do), naming their URIs. */
    String withUris(String message) {
        String named = message;
        for (Map.Entry<Path, String> copy : uriOfCopy.entrySet()) {
            named = named.replace(copy.getKey().toString(), copy.getValue())
                    .replace(DisplayPath.of(copy.getKey()), copy.getValue());
        }
        return named;
    }

    @Override
    public void close() {
        try {
            if (Files.exists(directory)) {
                PathUtils.deleteDirectory(directory);
            }
        } catch (IOException ignored) {
            // Copies left behind are harmless: the job's staging directory is removed at the end.
        }
    }
}
