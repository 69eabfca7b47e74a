package org.tilmash.tmx.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.tilmash.core.LanguageTags;
import org.tilmash.core.OutputFailure;
import org.tilmash.tmx.read.TmxException;
import org.tilmash.tmx.read.TmxReader;
import org.tilmash.tmx.read.TmxUnit;

/**
 * A Kazakh-source translation memory on disk: Lucene indexes in the layout of Okapi's Pensieve TM
 * ({@link EntryDocument}), one per target language in a sub-directory named by its primary subtag ({@code DIR/ru},
 * {@code DIR/en}), since a Pensieve entry holds one source and one target.
 *
 * <p>Entries are stored under their {@link MatchKey} source, so the exact search is the normalized exact match and
 * the n-gram fuzzy search ({@link FuzzySearch}) compares normalized texts. Each entry's id is a digest of (source
 * key, translation, context): writing an entry again replaces it, so re-importing a memory or importing overlapping
 * ones merges duplicates instead of multiplying them. The context (the preceding segment's key, when known) goes
 * into Pensieve's group metadata and ranks in-context exact matches first; the origin (file name) into its file
 * name.
 *
 * <p>Writes are transactional: {@link #commit()} makes all the writes since the last commit durable and visible in
 * every language at once, or none of them (a failure rolls them all back, and removes an index directory it had
 * made); a failed {@link #importTmx} leaves the memory as it was. A failure to write is an {@link OutputFailure}.
 * Not thread-safe.
 */
public final class TranslationMemory implements AutoCloseable {

    /** The source language of a memory that has none recorded yet: tilmash reads Kazakh documents. */
    public static final String DEFAULT_SOURCE_LANGUAGE = "kk";
    /** TMX properties holding a unit's preceding segment (ours, and OmegaT's project memories). */
    static final List<String> CONTEXT_PROPS = List.of("x-context-prev", "prev");
    /** Exact matches read at most (newest first): more distinct translations of one text are noise. */
    private static final int MAX_EXACT = 1000;

    private final Path directory;
    private final boolean created;
    private final LanguageIndex.Opener opener;
    private final Map<String, LanguageIndex> indexes = new TreeMap<>();
    private final Set<String> written = new TreeSet<>();
    private int lastFuzzyCandidates;
    /** The primary subtag of every entry's source: recorded in the entries, so null until the first is written. */
    private String sourceLanguage;

    private TranslationMemory(Path directory, boolean created, LanguageIndex.Opener opener) {
        this.directory = directory;
        this.created = created;
        this.opener = opener;
    }

    /** Opens the memory in {@code directory}, creating the directory if needed. */
    public static TranslationMemory open(Path directory) throws IOException {
        return open(directory, FSDirectory::open);
    }

    static TranslationMemory open(Path directory, LanguageIndex.Opener opener) throws IOException {
        boolean created = !Files.isDirectory(directory);
        Files.createDirectories(directory);
        TranslationMemory memory = new TranslationMemory(directory, created, opener);
        Optional<String> anyLanguage = memory.languages().stream().findFirst();
        if (anyLanguage.isPresent()) {
            memory.sourceLanguage = memory.index(anyLanguage.get()).sourceLanguage();
        }
        return memory;
    }

    /** The language of the sources (primary subtag), as recorded in the entries; empty for an empty memory. */
    public Optional<String> sourceLanguage() {
        return Optional.ofNullable(sourceLanguage);
    }

    /**
     * Makes {@code language} the memory's source language, or checks that it is.
     *
     * @throws IllegalArgumentException when the memory holds sources in another language (a user's mistake:
     *                                  entries of two source languages would match each other's texts)
     */
    public void requireSourceLanguage(String language) {
        String primary = LanguageTags.primary(language);
        if (sourceLanguage == null) {
            sourceLanguage = primary;
        } else if (!sourceLanguage.equals(primary)) {
            throw new IllegalArgumentException("the memory " + directory + " holds " + sourceLanguage
                    + " sources, not " + primary);
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * Streams a TMX file into the memory: every non-empty variant other than the source becomes an entry for its
     * language. The source is the memory's {@link #sourceLanguage()}, or {@link #DEFAULT_SOURCE_LANGUAGE} for an
     * empty memory. Commits at the end; on any failure (a {@link TmxException}, an {@link OutputFailure}) nothing
     * of this file, nor any write not yet committed, is kept.
     */
    public ImportSummary importTmx(Path tmx) throws TmxException {
        return importTmx(tmx, sourceLanguage().orElse(DEFAULT_SOURCE_LANGUAGE), position -> { });
    }

    /**
     * {@link #importTmx(Path)} with the variant in {@code source} as each unit's source (checked with
     * {@link #requireSourceLanguage}), telling {@code bytesRead} how far into the file the import is (for progress).
     */
    public ImportSummary importTmx(Path tmx, String source, LongConsumer bytesRead) throws TmxException {
        requireSourceLanguage(source);
        Map<String, Long> writtenCounts = new TreeMap<>();
        Map<String, Long> before = new TreeMap<>();
        long units = 0;
        long untranslated = 0;
        String origin = tmx.getFileName().toString();
        try (TmxReader reader = TmxReader.open(tmx, sourceLanguage, bytesRead)) {
            Optional<TmxUnit> next;
            while ((next = reader.next()).isPresent()) {
                TmxUnit unit = next.get();
                units++;
                String context = CONTEXT_PROPS.stream().map(unit.props()::get).filter(p -> p != null)
                        .findFirst().orElse(null);
                boolean translated = false;
                IndexedSource indexed = null; // analyzed once for all the unit's languages
                for (TmxUnit.Variant variant : unit.variants()) {
                    if (variant.text().isEmpty()) {
                        continue;
                    }
                    String language = LanguageTags.primary(variant.language());
                    before.computeIfAbsent(language, this::size);
                    if (indexed == null) {
                        indexed = IndexedSource.of(unit.source());
                    }
                    add(indexed, context, language, variant.text(), origin);
                    writtenCounts.merge(language, 1L, Long::sum);
                    translated = true;
                }
                if (!translated) {
                    untranslated++;
                }
            }
            commit();
        } catch (TmxException | RuntimeException e) {
            rollback(e);
            throw e;
        }
        Map<String, Long> added = new TreeMap<>();
        before.forEach((language, count) -> added.put(language, size(language) - count));
        return new ImportSummary(units, writtenCounts, added, untranslated);
    }

    /**
     * Adds (or replaces) one translation; visible to lookups after {@link #commit()}.
     *
     * @param context the source text of the preceding segment, or null
     * @param origin  where it comes from, shown with matches (a file name)
     * @throws OutputFailure when the index cannot be written
     */
    public void add(String source, String context, String language, String target, String origin) {
        add(IndexedSource.of(source), context, language, target, origin);
    }

    private void add(IndexedSource source, String context, String language, String target, String origin) {
        String key = source.key();
        if (key.isEmpty() || target.isEmpty()) {
            return;
        }
        String lang = LanguageTags.primary(language);
        if (sourceLanguage == null) {
            sourceLanguage = DEFAULT_SOURCE_LANGUAGE;
        }
        String contextKey = contextKey(context);
        String id = Digests.sha1(key + '\u0000' + target + '\u0000' + contextKey);
        LanguageIndex index = index(lang);
        written.add(lang); // before the write: a failed one must be rolled back too
        try {
            index.update(new EntryDocument(id, sourceLanguage, source, lang, target, contextKey, origin));
        } catch (IOException e) {
            OutputFailure failure = new OutputFailure(index.path(), e);
            rollback(failure);
            throw failure;
        }
    }

    /**
     * Exact matches (after {@link MatchKey} normalization) for {@code source} in {@code language}: those whose context
     * is {@code context} first, then the others, newest first; one per distinct translation.
     */
    public List<MemoryMatch> exact(String source, String context, String language) {
        IndexSearcher searcher = searcher(LanguageTags.primary(language));
        if (searcher == null) {
            return List.of();
        }
        Query query = new TermQuery(EntryDocument.exactTerm(MatchKey.of(source)));
        List<MemoryMatch> matches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String contextKey = contextKey(context);
        if (!contextKey.isEmpty()) {
            Query inContext = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(EntryDocument.CONTEXT, contextKey)), BooleanClause.Occur.FILTER)
                    .build();
            collectNewestFirst(searcher, inContext, true, seen, matches);
        }
        collectNewestFirst(searcher, query, false, seen, matches);
        return matches;
    }

    private static void collectNewestFirst(IndexSearcher searcher, Query query, boolean inContext, Set<String> seen,
            List<MemoryMatch> into) {
        try {
            Sort newestFirst = new Sort(new SortField(null, SortField.Type.DOC, true));
            for (ScoreDoc hit : searcher.search(query, MAX_EXACT, newestFirst).scoreDocs) {
                MemoryMatch match = EntryDocument.match(searcher.storedFields().document(hit.doc), 100.0, true,
                        inContext);
                if (seen.add(match.target())) {
                    into.add(match);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fuzzy matches scoring at least {@code threshold} (0..100), best first, at most {@code max}. */
    public List<MemoryMatch> fuzzy(String source, String language, int threshold, int max) {
        IndexSearcher searcher = searcher(LanguageTags.primary(language));
        if (searcher == null) {
            return List.of();
        }
        FuzzySearch search = new FuzzySearch(searcher);
        List<MemoryMatch> matches = search.search(MatchKey.of(source), threshold, max);
        lastFuzzyCandidates = search.lastCandidates();
        return matches;
    }

    /** Entries read and scored by the last {@link #fuzzy} lookup: the bound {@link FuzzySearch} keeps. */
    int lastFuzzyCandidates() {
        return lastFuzzyCandidates;
    }

    /** Entries stored for {@code language} (committed ones). */
    public long size(String language) {
        String lang = LanguageTags.primary(language);
        if (!Files.isDirectory(directory.resolve(lang))) {
            return 0; // a look must not write
        }
        try {
            return index(lang).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target languages the memory holds entries for. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        try (Stream<Path> children = Files.list(directory)) {
            children.filter(Files::isDirectory).filter(p -> size(p.getFileName().toString()) > 0)
                    .forEach(p -> languages.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return languages;
    }

    /**
     * Makes every write since the last commit durable and visible to lookups, in all languages or in none: each
     * index is first prepared (written and synced), and only when all are is each one published.
     *
     * @throws OutputFailure when an index cannot be written; the writes are then rolled back
     */
    public void commit() {
        LanguageIndex current = null;
        try {
            Map<String, Future<Void>> prepared = new TreeMap<>();
            for (String lang : written) {
                prepared.put(lang, indexes.get(lang).startPrepareCommit());
            }
            for (String lang : written) {
                current = indexes.get(lang);
                LanguageIndex.awaitPrepared(prepared.get(lang));
            }
            for (String lang : written) {
                current = indexes.get(lang);
                current.commit();
            }
            written.clear();
        } catch (IOException e) {
            OutputFailure failure = new OutputFailure(current.path(), e);
            rollback(failure);
            throw failure;
        }
    }

    /** Forgets every uncommitted write; a memory directory this object made and left empty is removed. */
    private void rollback(Exception cause) {
        for (String lang : written) {
            try {
                indexes.get(lang).rollback();
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        written.clear();
        if (created) {
            try (Stream<Path> children = Files.list(directory)) {
                if (children.findAny().isEmpty()) {
                    Files.deleteIfExists(directory);
                }
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private LanguageIndex index(String language) {
        return indexes.computeIfAbsent(language, lang -> new LanguageIndex(directory.resolve(lang), opener));
    }

    private IndexSearcher searcher(String language) {
        try {
            return index(language).searcher();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contextKey(String context) {
        if (context == null) {
            return "";
        }
        String key = MatchKey.of(context);
        return key.isEmpty() ? "" : Digests.sha1(key).substring(0, 16);
    }

    /** Commits what was written, then releases the indexes. */
    @Override
    public void close() {
        try {
            commit();
        } finally {
            for (LanguageIndex index : indexes.values()) {
                try {
                    index.close();
                } catch (IOException e) {
                    // nothing uncommitted is left here: a reader that does not close loses nothing
                }
            }
            indexes.clear();
        }
    }
}
