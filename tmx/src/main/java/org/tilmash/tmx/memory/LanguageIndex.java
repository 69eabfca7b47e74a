package org.tilmash.tmx.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of one target language ({@code DIR/ru}): a writer opened on the first write and kept until the
 * commit (one writer, a large RAM buffer, one commit per import: reopening and committing per unit is what made
 * imports slow), and a reader opened on the first lookup after a commit.
 */
final class LanguageIndex implements AutoCloseable {

    /** Lucene's buffer before it flushes a segment; well within the 256 MB heap the benchmark gives an import. */
    private static final double RAM_BUFFER_MB = 64;

    private final Path path;
    private Directory directory;
    private IndexWriter writer;
    private boolean createdByWriter;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    LanguageIndex(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    void update(String id, Document doc) throws IOException {
        writer().updateDocument(new Term(EntryDocument.ID, id), doc);
    }

    /** First phase of a commit: everything written and synced; {@link #commit()} then only publishes it. */
    void prepareCommit() throws IOException {
        if (writer != null) {
            writer.prepareCommit();
        }
    }

    void commit() throws IOException {
        if (writer != null) {
            writer.commit();
            writer.close();
            writer = null;
            closeReader();
        }
    }

    /** Forgets every uncommitted write, releases the lock, and removes the index directory if this writer made it. */
    void rollback() throws IOException {
        if (writer != null) {
            try {
                writer.rollback();
            } finally {
                writer = null;
                closeDirectory();
                if (createdByWriter) {
                    Tree.delete(path);
                }
            }
        }
    }

    /** The searcher over the committed entries, or null when there is no index yet (never creates one). */
    IndexSearcher searcher() throws IOException {
        if (searcher == null) {
            if (!Files.isDirectory(path)) {
                return null;
            }
            Directory dir = directory();
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        }
        return searcher;
    }

    long size() throws IOException {
        IndexSearcher s = searcher();
        return s == null ? 0 : s.getIndexReader().numDocs();
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            createdByWriter = !Files.isDirectory(path);
            Files.createDirectories(path);
            IndexWriterConfig config = new IndexWriterConfig(FuzzySearch.NGRAMS);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setSimilarity(new BooleanSimilarity()); // as Pensieve: scores come from our own measure
            config.setRAMBufferSizeMB(RAM_BUFFER_MB);
            config.setCommitOnClose(false);
            try {
                writer = new IndexWriter(directory(), config);
            } catch (IOException e) {
                closeDirectory();
                if (createdByWriter) {
                    Tree.delete(path);
                }
                throw e;
            }
        }
        return writer;
    }

    private Directory directory() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(path);
        }
        return directory;
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
            searcher = null;
        }
    }

    private void closeDirectory() throws IOException {
        closeReader();
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }

    /** Closes without committing: callers commit or roll back first. */
    @Override
    public void close() throws IOException {
        rollback();
        closeDirectory();
    }
}
