package org.tilmash.tmx.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.Metadata;
import net.sf.okapi.tm.pensieve.common.MetadataType;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.PensieveSeeker;
import net.sf.okapi.tm.pensieve.writer.PensieveWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tilmash.tmx.read.LanguageTags;
import org.tilmash.tmx.read.TmxException;
import org.tilmash.tmx.read.TmxReader;
import org.tilmash.tmx.read.TmxUnit;

/**
 * A Kazakh-source translation memory on disk: Okapi's Pensieve TM (Lucene), one index per target language in a
 * sub-directory named by its primary subtag ({@code DIR/ru}, {@code DIR/en}), since a Pensieve entry holds one
 * source and one target.
 *
 * <p>Entries are stored under their {@link MatchKey} source, so Pensieve's exact search is the normalized exact
 * match and its n-gram fuzzy search compares normalized texts. Each entry's Pensieve id is a digest of (source key,
 * translation, context): writing an entry again replaces it, so re-importing a memory or importing overlapping ones
 * merges duplicates instead of multiplying them. The context (the preceding segment's key, when known) goes into
 * Pensieve's group metadata and ranks in-context exact matches first; the origin (file name) into its file name.
 *
 * <p>Not thread-safe. Writes become visible to lookups after {@link #commit()}.
 */
public final class TranslationMemory implements AutoCloseable {

    /** The language every entry's source is in. */
    public static final String SOURCE_LANGUAGE = "kk";
    /** TMX properties holding a unit's preceding segment (ours, and OmegaT's project memories). */
    static final List<String> CONTEXT_PROPS = List.of("x-context-prev", "prev");

    private final Path directory;
    private final Map<String, PensieveWriter> writers = new TreeMap<>();
    private final Map<String, PensieveSeeker> seekers = new TreeMap<>();

    private TranslationMemory(Path directory) {
        this.directory = directory;
    }

    /** Opens the memory in {@code directory}, creating the directory if needed. */
    public static TranslationMemory open(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new TranslationMemory(directory);
    }

    public Path directory() {
        return directory;
    }

    /**
     * Streams a TMX file into the memory: every non-empty variant other than Kazakh becomes an entry for its
     * language. Commits at the end; on a {@link TmxException} what was read before the error is not committed.
     */
    public ImportSummary importTmx(Path tmx) throws TmxException, IOException {
        return importTmx(tmx, position -> { });
    }

    /** {@link #importTmx(Path)}, telling {@code bytesRead} how far into the file the import is (for progress). */
    public ImportSummary importTmx(Path tmx, LongConsumer bytesRead) throws TmxException, IOException {
        Map<String, Long> written = new TreeMap<>();
        Map<String, Long> before = new TreeMap<>();
        long units = 0;
        long untranslated = 0;
        String origin = tmx.getFileName().toString();
        try (TmxReader reader = TmxReader.open(tmx, SOURCE_LANGUAGE, bytesRead)) {
            Optional<TmxUnit> next;
            while ((next = reader.next()).isPresent()) {
                TmxUnit unit = next.get();
                units++;
                String context = CONTEXT_PROPS.stream().map(unit.props()::get).filter(p -> p != null)
                        .findFirst().orElse(null);
                boolean translated = false;
                for (TmxUnit.Variant variant : unit.variants()) {
                    if (variant.text().isEmpty()) {
                        continue;
                    }
                    String language = LanguageTags.primary(variant.language());
                    before.computeIfAbsent(language, this::size);
                    add(unit.source(), context, language, variant.text(), origin);
                    written.merge(language, 1L, Long::sum);
                    translated = true;
                }
                if (!translated) {
                    untranslated++;
                }
            }
        } catch (TmxException e) {
            rollback();
            throw e;
        }
        commit();
        Map<String, Long> added = new TreeMap<>();
        before.forEach((language, count) -> added.put(language, size(language) - count));
        return new ImportSummary(units, written, added, untranslated);
    }

    /**
     * Adds (or replaces) one translation.
     *
     * @param context the source text of the preceding segment, or null
     * @param origin  where it comes from, shown with matches (a file name)
     */
    public void add(String source, String context, String language, String target, String origin) {
        String key = MatchKey.of(source);
        if (key.isEmpty() || target.isEmpty()) {
            return;
        }
        String lang = LanguageTags.primary(language);
        TranslationUnit tu = new TranslationUnit(
                new TranslationUnitVariant(LocaleId.fromString(SOURCE_LANGUAGE), new TextFragment(key)),
                new TranslationUnitVariant(LocaleId.fromString(lang), new TextFragment(target)));
        String contextKey = contextKey(context);
        tu.setMetadataValue(MetadataType.ID, digest(key + '\u0000' + target + '\u0000' + contextKey));
        tu.setMetadataValue(MetadataType.GROUP_NAME, contextKey);
        tu.setMetadataValue(MetadataType.FILE_NAME, origin);
        writer(lang).update(tu);
    }

    /**
     * Exact matches (after {@link MatchKey} normalization) for {@code source} in {@code language}: those whose context
     * is {@code context} first, then the others, newest first; one per distinct translation.
     */
    public List<MemoryMatch> exact(String source, String context, String language) {
        Optional<PensieveSeeker> seeker = seeker(LanguageTags.primary(language));
        if (seeker.isEmpty()) {
            return List.of();
        }
        TextFragment query = new TextFragment(MatchKey.of(source));
        List<MemoryMatch> matches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String contextKey = contextKey(context);
        if (!contextKey.isEmpty()) {
            Metadata inContext = new Metadata();
            inContext.put(MetadataType.GROUP_NAME, contextKey);
            collect(seeker.get().searchExact(query, inContext), true, true, seen, matches);
        }
        collect(newestFirst(seeker.get().searchExact(query, null)), true, false, seen, matches);
        return matches;
    }

    /** Fuzzy matches scoring at least {@code threshold} (0..100), best first, at most {@code max}. */
    public List<MemoryMatch> fuzzy(String source, String language, int threshold, int max) {
        Optional<PensieveSeeker> seeker = seeker(LanguageTags.primary(language));
        if (seeker.isEmpty()) {
            return List.of();
        }
        List<TmHit> hits = seeker.get().searchFuzzy(new TextFragment(MatchKey.of(source)), threshold, max, null);
        List<MemoryMatch> matches = new ArrayList<>();
        collect(hits, false, false, new HashSet<>(), matches);
        return matches;
    }

    private static List<TmHit> newestFirst(List<TmHit> hits) {
        List<TmHit> sorted = new ArrayList<>(hits);
        sorted.sort((a, b) -> Integer.compare(b.getDocId(), a.getDocId()));
        return sorted;
    }

    private static void collect(List<TmHit> hits, boolean exact, boolean inContext, Set<String> seen,
            List<MemoryMatch> into) {
        for (TmHit hit : hits) {
            TranslationUnit tu = hit.getTu();
            String target = tu.getTarget().getContent().toText();
            if (seen.add(target)) {
                into.add(new MemoryMatch(tu.getSource().getContent().toText(), target,
                        tu.getTarget().getLanguage().getLanguage(), exact ? 100.0 : hit.getScore(), exact,
                        inContext, tu.getMetadataValue(MetadataType.FILE_NAME)));
            }
        }
    }

    /** Entries stored for {@code language} (committed ones). */
    public long size(String language) {
        Path index = directory.resolve(LanguageTags.primary(language));
        if (!Files.isDirectory(index)) {
            return 0; // FSDirectory.open would create it: a look must not write
        }
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target languages the memory holds entries for. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        try (Stream<Path> children = Files.list(directory)) {
            children.filter(p -> size(p.getFileName().toString()) > 0)
                    .forEach(p -> languages.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return languages;
    }

    /** Makes every write durable and visible to lookups. */
    public void commit() {
        writers.values().forEach(PensieveWriter::close);
        writers.clear();
        closeSeekers();
    }

    private void rollback() throws IOException {
        for (PensieveWriter writer : writers.values()) {
            writer.getIndexWriter().rollback();
        }
        writers.clear();
    }

    private PensieveWriter writer(String language) {
        return writers.computeIfAbsent(language, lang -> {
            try {
                Directory dir = FSDirectory.open(Files.createDirectories(directory.resolve(lang)));
                return new PensieveWriter(dir, !DirectoryReader.indexExists(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Optional<PensieveSeeker> seeker(String language) {
        PensieveSeeker seeker = seekers.get(language);
        if (seeker == null) {
            if (!Files.isDirectory(directory.resolve(language))) {
                return Optional.empty(); // FSDirectory.open would create it: a lookup must not write
            }
            try {
                Directory dir = FSDirectory.open(directory.resolve(language));
                if (!DirectoryReader.indexExists(dir)) {
                    dir.close();
                    return Optional.empty();
                }
                seeker = new PensieveSeeker(dir);
                seekers.put(language, seeker);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(seeker);
    }

    private void closeSeekers() {
        seekers.values().forEach(PensieveSeeker::close);
        seekers.clear();
    }

    private static String contextKey(String context) {
        if (context == null) {
            return "";
        }
        String key = MatchKey.of(context);
        return key.isEmpty() ? "" : digest(key).substring(0, 16);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        commit();
    }
}
