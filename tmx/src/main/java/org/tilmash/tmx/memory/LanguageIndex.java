package org.tilmash.tmx.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
 *
 * <p>Each index is written by a thread of its own, fed through a bounded queue: turning a source into n-grams is
 * most of an import's work, and a memory with Russian and English translations then uses two cores. One thread
 * per index keeps the entries of an index in the order they were read, so that "newest first" stays true.
 */
final class LanguageIndex implements AutoCloseable {

    /** Lucene's buffer before it flushes a segment; well within the 256 MB heap the benchmark gives an import. */
    private static final double RAM_BUFFER_MB = 64;
    /** Entries waiting for the writer thread at most: bounds the memory an import holds. */
    private static final int QUEUE = 1024;

    /** How an index directory is opened: {@link FSDirectory#open}, or in tests a directory that fails on cue. */
    interface Opener {
        Directory open(Path path) throws IOException;
    }

    private final Path path;
    private final Opener opener;
    private Directory directory;
    private IndexWriter writer;
    private boolean createdByWriter;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private ExecutorService worker;
    private final Semaphore queued = new Semaphore(QUEUE);
    private volatile IOException failure;

    LanguageIndex(Path path, Opener opener) {
        this.path = path;
        this.opener = opener;
    }

    Path path() {
        return path;
    }

    /** Queues the entry for the writer thread; a failure of an earlier write is thrown here or by the commit. */
    void update(String id, Document doc) throws IOException {
        throwFailure();
        IndexWriter w = writer();
        queued.acquireUninterruptibly();
        worker.execute(() -> {
            try {
                if (failure == null) {
                    w.updateDocument(new Term(EntryDocument.ID, id), doc);
                }
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new IOException(e.getMessage(), e);
            } finally {
                queued.release();
            }
        });
    }

    /** First phase of a commit: everything written and synced; {@link #commit()} then only publishes it. */
    void prepareCommit() throws IOException {
        if (writer != null) {
            drain();
            throwFailure();
            writer.prepareCommit();
        }
    }

    /** Waits until the writer thread has written every queued entry. */
    private void drain() {
        queued.acquireUninterruptibly(QUEUE);
        queued.release(QUEUE);
    }

    private void throwFailure() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private void stopWorker() {
        if (worker != null) {
            drain();
            worker.shutdown();
            worker = null;
        }
        failure = null;
    }

    void commit() throws IOException {
        if (writer != null) {
            stopWorker();
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
                stopWorker();
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

    /** The source language recorded in the entries (all share it), or null when there are none. */
    String sourceLanguage() throws IOException {
        IndexSearcher s = searcher();
        if (s == null || s.getIndexReader().numDocs() == 0) {
            return null;
        }
        return s.storedFields().document(0).get(EntryDocument.SOURCE_LANG);
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
                worker = Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "tilmash memory writer " + path.getFileName());
                    thread.setDaemon(true);
                    return thread;
                });
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
            directory = opener.open(path);
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
