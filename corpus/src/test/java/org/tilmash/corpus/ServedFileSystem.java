package org.tilmash.corpus;

import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system served under a made-up scheme, {@code served://test/ABSOLUTE/PATH}: a Hadoop file system that
 * is not {@code file:}, known only through {@code spark.hadoop.fs.served.impl}, so that a corpus given such URIs
 * reads them as it reads HDFS or an object store (through Hadoop, copied by the tasks).
 */
public class ServedFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "served";
    private static final URI ROOT = URI.create(SCHEME + "://test/");

    /** The URI under which this file system serves a local file or directory. */
    static String uri(Path local) {
        return SCHEME + "://test" + local.toAbsolutePath();
    }

    @Override
    public URI getUri() {
        return ROOT;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
