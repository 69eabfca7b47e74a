package org.tilmash.corpus;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * Files given as URIs of a scheme other than {@code file:} (hdfs://, s3a://...), read through Hadoop's FileSystem
 * API: any scheme whose connector is on the class path. Paths without a scheme, and {@code file:} URIs, stay local.
 */
final class RemoteFiles {

    /** A scheme of two letters or more (one is a Windows drive). */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");
    /** The connectors users most often miss, by scheme (Hadoop names a scheme it lacks, not what provides it). */
    private static final Map<String, String> CONNECTORS = Map.of("s3a", "hadoop-aws", "gs", "gcs-connector",
            "abfs", "hadoop-azure", "abfss", "hadoop-azure", "wasb", "hadoop-azure", "wasbs", "hadoop-azure",
            "oss", "hadoop-aliyun");

    private RemoteFiles() {
    }

    static boolean isRemote(String file) {
        return SCHEME.matcher(file).matches() && !file.regionMatches(true, 0, "file:", 0, 5);
    }

    /** The file system of {@code path}, or an IOException that says what to add when the scheme has none. */
    static FileSystem fileSystem(Path path, Configuration hadoop) throws IOException {
        try {
            return path.getFileSystem(hadoop);
        } catch (UnsupportedFileSystemException e) {
            throw noFileSystem(path, e);
        } catch (RuntimeException e) {
            // Hadoop's defaults name the classes of some connectors (s3a, abfs, wasb) it does not bring.
            if (e.getCause() instanceof ClassNotFoundException) {
                throw noFileSystem(path, e);
            }
            throw e;
        }
    }

    private static IOException noFileSystem(Path path, Exception cause) {
        String scheme = path.toUri().getScheme();
        return new IOException("no Hadoop file system for scheme '" + scheme + "': add its connector ("
                + CONNECTORS.getOrDefault(scheme.toLowerCase(Locale.ROOT), "the library that provides it")
                + ") to the classpath", cause);
    }

    /** {@code file: why it could not be read}, in one line. */
    static String problem(String file, IOException e) {
        if (e instanceof FileNotFoundException) {
            return file + ": no such file or directory";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return file + ": " + message.lines().findFirst().orElse("").strip();
    }
}
