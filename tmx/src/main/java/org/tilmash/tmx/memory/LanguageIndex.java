package org.tilmash.tmx.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;

/**
 * The Lucene index of one target language ({@code DIR/ru}): a writer opened on the first write and kept until the
 * commit (one writer, a large RAM buffer, one commit per import: reopening and committing per unit is what made
 * imports slow), and a reader opened on the first lookup after a commit.
 *
 * <p>Each index is written by a thread of its own, fed through a bounded queue, so that a memory with Russian and
 * English translations uses two cores, and prepares its commit on that thread too (flushing the last buffer is a
 * large part of an import). One thread per index, and a merge policy that merges only adjacent segments, keep the
 * entries of an index in the order they were written, so that "newest first" is the order of document numbers.
 */
final class LanguageIndex implements AutoCloseable {

    /** Lucene's buffer before it flushes a segment; well within the 256 MB heap the benchmark gives an import. */
    private static final double RAM_BUFFER_MB = 64;
    /** Entries waiting for the writer thread at most: bounds the memory an import holds. */
    private static final int QUEUE = 1024;
    /** The filter of ids written since the writer opened: 4 MB whatever the import's size (see {@link #write}). */
    private static final int WRITTEN_ID_BITS = 1 << 25;
    /** Bits of the filter an id sets. */
    private static final int ID_HASHES = 3;

    /** How an index directory is opened: {@link FSDirectory#open}, or in tests a directory that fails on cue. */
    interface Opener {
        Directory open(Path path) throws IOException;
    }

    private final Path path;
    private final Opener opener;
    private Directory directory;
    private IndexWriter writer;
    private boolean createdByWriter;
    /** The type of the n-gram field in this index ({@link EntryDocument#ngramsLike}). */
    private FieldType ngrams;
    /** Ids written since the writer opened on an index without entries (a Bloom filter); null when it had some. */
    private FixedBitSet writtenIds;
    /** The writer thread's stream of n-grams, for each document in turn. */
    private final IndexedSource.Tokens tokens = new IndexedSource.Tokens();
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
    void update(EntryDocument entry) throws IOException {
        throwFailure();
        openWriter();
        queued.acquireUninterruptibly();
        worker.execute(() -> {
            try {
                if (failure == null) {
                    write(entry);
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

    /**
     * On the writer thread: adds the entry, replacing one of the same id. Lucene's {@code updateDocument} does that
     * with a delete by id that it resolves against every segment, about a sixth of an import's work; an entry whose id
     * the index cannot hold (it had no entries when the writer opened, and the filter of the ids written since
     * has surely not seen this one) is added without it. The filter answers "maybe" more often as it fills, and
     * then the entry is written by update, as before: never a duplicate, whatever the size of the import.
     */
    private void write(EntryDocument entry) throws IOException {
        if (writtenIds != null && surelyNew(entry.id())) {
            writer.addDocument(entry.document(ngrams, tokens));
        } else {
            writer.updateDocument(EntryDocument.idTerm(entry.id()), entry.document(ngrams, tokens));
        }
    }

    /**
     * Records {@code id} in the filter; true when it was surely not there. Lucene's Bloom filter ({@code FuzzySet})
     * is in lucene-codecs, which Okapi does not bring (our Rainbow plugin runs on the host's Lucene); and an id is a
     * SHA-1 already, whose hex digits are uniform: each 8 of them index one bit.
     */
    private boolean surelyNew(String id) {
        boolean isNew = false;
        for (int i = 0; i < ID_HASHES; i++) {
            int bit = Integer.parseUnsignedInt(id, 8 * i, 8 * i + 8, 16) & (WRITTEN_ID_BITS - 1);
            isNew |= !writtenIds.getAndSet(bit);
        }
        return isNew;
    }

    /**
     * First phase of a commit, on the writer thread (so that the indexes of several languages prepare at once):
     * everything written and synced; {@link #commit()} then only publishes it. Null when nothing was written.
     */
    Future<Void> startPrepareCommit() {
        if (writer == null) {
            return null;
        }
        return worker.submit(() -> {
            throwFailure();
            writer.prepareCommit();
            return null;
        });
    }

    /** Waits for {@link #startPrepareCommit}'s work; its failure, or an earlier write's, is thrown here. */
    static void awaitPrepared(Future<Void> prepared) throws IOException {
        if (prepared == null) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    prepared.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void throwFailure() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    /** Lets the writer thread finish what it was given (queued entries, a commit being prepared), then ends it. */
    private void stopWorker() {
        if (worker != null) {
            worker.shutdown();
            boolean interrupted = false;
            while (true) {
                try {
                    if (worker.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        failure = null;
        writtenIds = null;
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
            searcher.setQueryCache(null); // every lookup asks for other n-grams: nothing to reuse, only to fill
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

    private void openWriter() throws IOException {
        if (writer == null) {
            IndexSearcher committed = searcher();
            boolean empty = committed == null || committed.getIndexReader().numDocs() == 0;
            ngrams = EntryDocument.ngramsLike(committed == null ? null
                    : FieldInfos.getMergedFieldInfos(committed.getIndexReader()).fieldInfo(EntryDocument.SOURCE));
            writtenIds = empty ? new FixedBitSet(WRITTEN_ID_BITS) : null;
            createdByWriter = !Files.isDirectory(path);
            Files.createDirectories(path);
            IndexWriterConfig config = new IndexWriterConfig(FuzzySearch.NGRAMS);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setSimilarity(new BooleanSimilarity()); // as Pensieve: scores come from our own measure
            config.setRAMBufferSizeMB(RAM_BUFFER_MB);
            // Lucene's default (tiered) policy merges segments that are not adjacent, and so reorders entries.
            config.setMergePolicy(new LogByteSizeMergePolicy());
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
