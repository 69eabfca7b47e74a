package org.tilmash.tmx.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.search.lucene.analysis.NgramAnalyzer;
import net.sf.okapi.lib.search.lucene.scorer.Util;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.PensieveSeeker;
import net.sf.okapi.tm.pensieve.writer.PensieveWriter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.testing.TestData;
import org.tilmash.tmx.read.TmxException;

class TranslationMemoryTest {

    @TempDir
    Path dir;

    @Test
    void importingTwiceMergesDuplicates() throws Exception {
        Path partial = TestData.file("debian-l10n/partial-200.tmx");
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            ImportSummary first = memory.importTmx(partial);
            assertEquals(200, first.units());
            assertEquals(200L, first.added().get("ru"));
            assertEquals(100L, first.added().get("en"));
            assertEquals(0, first.duplicates());

            ImportSummary again = memory.importTmx(partial);
            assertEquals(0L, again.added().get("ru"));
            assertEquals(300, again.duplicates());
            assertEquals(200, memory.size("ru-RU"));
            assertEquals(100, memory.size("en"));
        }
    }

    @Test
    void theSourceLanguageIsRecordedInTheEntriesAndAnotherIsRefused() throws Exception {
        Path tmx = Files.writeString(dir.resolve("ru-en.tmx"), "<tmx version=\"1.4\"><header srclang=\"ru\"/><body>\n"
                + "<tu><tuv xml:lang=\"ru-RU\"><seg>Да</seg></tuv><tuv xml:lang=\"en\"><seg>Yes</seg></tuv></tu>\n"
                + "</body></tmx>");
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            assertTrue(memory.sourceLanguage().isEmpty());
            ImportSummary summary = memory.importTmx(tmx, "ru", position -> { });
            assertEquals(1L, summary.added().get("en"));
            assertEquals("Yes", memory.exact("Да", null, "en").get(0).target());
        }
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            assertEquals("ru", memory.sourceLanguage().orElseThrow());
            assertEquals(1, memory.importTmx(tmx).duplicates()); // the memory's own language, not the default
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> memory.importTmx(TestData.file("debian-l10n/partial-200.tmx"), "kk-KZ", position -> { }));
            assertTrue(e.getMessage().contains("holds ru sources, not kk"), e.getMessage());
            assertEquals(1, memory.size("en"));
        }
    }

    @Test
    void badTmxLeavesTheMemoryUnchanged() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tmx"), "<tmx version=\"1.4\"><header srclang=\"kk\"/><body>\n"
                + "<tu><tuv xml:lang=\"kk\"><seg>Иә</seg></tuv><tuv xml:lang=\"ru\"><seg>Да</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"kk\"><seg>Жоқ</seg></tuv><tuv xml:lang=\"ru\"><seg>Нет</seg></tu>\n</body></tmx>");
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            TmxException e = assertThrows(TmxException.class, () -> memory.importTmx(bad));
            assertEquals(3, e.error().line());
            assertEquals(0, memory.size("ru"));
        }
    }

    @Test
    void exactMatchIgnoresWhitespaceLookAlikesAndQuotes() throws Exception {
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            memory.add("«Қазақстан» туралы  файл\n", null, "ru-RU", "Файл о «Казахстане»", "a.tmx");
            memory.commit();
            // Latin a, K and o inside Cyrillic words, straight quotes, one space, no trailing newline.
            List<MemoryMatch> hits = memory.exact("\"Қaзaқстaн\" тураЛы файл".replace('Л', 'л')
                    .replace("туралы", "турaлы"), null, "ru");
            assertEquals(1, hits.size());
            assertEquals("Файл о «Казахстане»", hits.get(0).target());
            assertEquals("a.tmx", hits.get(0).origin());
            assertEquals(100.0, hits.get(0).score());
            // A Latin word is not folded, and accelerators are kept (see MatchKey).
            assertTrue(memory.exact("«Қазақстан» туралы _файл", null, "ru").isEmpty());
            assertTrue(memory.exact("«Қазақстан» туралы файл", null, "en").isEmpty());
        }
    }

    @Test
    void inContextMatchesRankFirst() throws Exception {
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            memory.add("Түрі", "Қарап шығу", "ru", "Вид", "menu.xlf");
            memory.add("Түрі", "Файл қасиеттері", "ru", "Тип", "props.xlf");
            memory.add("Түрі", null, "ru", "Тип файла", "other.tmx");
            memory.commit();
            List<MemoryMatch> hits = memory.exact("Түрі", "Файл  қасиеттері", "ru");
            assertEquals(List.of("Тип", "Тип файла", "Вид"), hits.stream().map(MemoryMatch::target).toList());
            assertTrue(hits.get(0).inContext());
            assertFalse(hits.get(1).inContext());
            assertEquals("Вид", memory.exact("Түрі", "Қарап шығу", "ru").get(0).target());
        }
    }

    @Test
    void exactMatchesStayNewestFirstWhenLuceneMergesSegments() throws Exception {
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            // One commit each: a segment each, of sizes that vary, so that Lucene has segments of all sizes to merge.
            for (int i = 1; i <= 24; i++) {
                memory.add("Түрі", null, "ru", "Вид " + i, "t.tmx");
                for (int j = 0; j < (i * 37) % 23; j++) {
                    memory.add("Жол " + i + " " + j, null, "ru", "Строка " + j, "t.tmx");
                }
                memory.commit();
            }
            List<String> targets = memory.exact("Түрі", null, "ru").stream().map(MemoryMatch::target).toList();
            assertEquals(24, targets.size());
            for (int i = 0; i < 24; i++) {
                assertEquals("Вид " + (24 - i), targets.get(i), targets.toString());
            }
        }
    }

    @Test
    void duplicatesInsideOneImportIntoAFreshMemoryAreMerged() throws Exception {
        // A fresh index adds entries without Lucene's delete by id: the duplicates of one file must still merge.
        Path file = tmx("dup.tmx", unit("Иә", "Да") + unit("Жоқ", "Нет") + unit("Иә", "Да") + unit(" Иә\n", "Да"));
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            ImportSummary summary = memory.importTmx(file);
            assertEquals(2L, summary.added().get("ru"));
            assertEquals(2, summary.duplicates());
            assertEquals(1, memory.exact("Иә", null, "ru").size());
        }
    }

    @Test
    void aMemoryWrittenByPensieveIsSearchedItsEntriesScoredFromTheirText() throws Exception {
        Path tm = dir.resolve("tm");
        try (Directory index = FSDirectory.open(tm.resolve("ru"))) {
            PensieveWriter pensieve = new PensieveWriter(index, true);
            pensieve.indexTranslationUnit(new TranslationUnit(
                    new TranslationUnitVariant(LocaleId.fromString("kk-KZ"), new TextFragment("Жаңа терезеде ашу")),
                    new TranslationUnitVariant(LocaleId.fromString("ru-RU"), new TextFragment("Открыть в новом окне"))));
            pensieve.commit();
            pensieve.close();
        }
        try (TranslationMemory memory = TranslationMemory.open(tm)) {
            String query = "Жаңа терезеде файлды ашу";
            MemoryMatch hit = memory.fuzzy(query, "ru", 60, 5).get(0);
            assertEquals("Открыть в новом окне", hit.target());
            assertEquals(Util.calculateNgramDiceCoefficient(MatchKey.of(query), hit.source(), new NgramAnalyzer(4)),
                    hit.score(), 0.01);
            assertEquals("Открыть в новом окне", memory.exact("Жаңа терезеде ашу", null, "ru").get(0).target());
        }
    }

    @Test
    void aMemoryWrittenBeforeItsNgramsLostTheirPositionsTakesImports() throws Exception {
        Path tm = dir.resolve("tm");
        Files.createDirectories(tm.resolve("ru"));
        // An entry as tilmash wrote it until its n-grams were indexed without positions and norms: Lucene refuses
        // to index one field two ways, so new entries take the index's way.
        IndexWriterConfig config = new IndexWriterConfig(FuzzySearch.NGRAMS);
        try (Directory index = FSDirectory.open(tm.resolve("ru")); IndexWriter writer = new IndexWriter(index, config)) {
            String key = "Жаңа терезеде ашу";
            Document doc = new Document();
            doc.add(new StringField(EntryDocument.SOURCE_LANG, "kk", Field.Store.YES));
            doc.add(new StringField(EntryDocument.SOURCE_EXACT, key, Field.Store.NO));
            doc.add(new StoredField(EntryDocument.SOURCE_EXACT, key));
            doc.add(new TextField(EntryDocument.SOURCE, key, Field.Store.NO));
            doc.add(new StoredField(EntryDocument.SOURCE_CODES, ""));
            doc.add(new StringField(EntryDocument.TARGET_LANG, "ru", Field.Store.YES));
            doc.add(new StoredField(EntryDocument.TARGET, "Открыть в новом окне"));
            doc.add(new StoredField(EntryDocument.TARGET_CODES, ""));
            doc.add(new StringField(EntryDocument.ID, "0123", Field.Store.YES));
            doc.add(new StringField(EntryDocument.CONTEXT, "", Field.Store.YES));
            doc.add(new StringField(EntryDocument.ORIGIN, "old.tmx", Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
        try (TranslationMemory memory = TranslationMemory.open(tm)) {
            Path more = tmx("a.tmx", unit("Жаңа терезеде файлды ашу", "Открыть файл в новом окне"));
            assertEquals(1L, memory.importTmx(more).added().get("ru"));
            String query = "Жаңа терезеде файлды ашу керек";
            List<MemoryMatch> hits = memory.fuzzy(query, "ru", 50, 5);
            assertEquals(List.of("Открыть файл в новом окне", "Открыть в новом окне"),
                    hits.stream().map(MemoryMatch::target).toList());
            for (MemoryMatch match : hits) { // the new entry scored from its n-gram count, the old from its text
                assertEquals(Util.calculateNgramDiceCoefficient(MatchKey.of(query), match.source(),
                        new NgramAnalyzer(4)), match.score(), 0.01, match.source());
            }
            assertEquals(0L, memory.importTmx(more).added().get("ru"), "an index with entries: updates by id");
        }
    }

    @Test
    void fuzzyMatchesCarryScoresBestFirst() throws Exception {
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            memory.importTmx(TestData.file("debian-l10n/kk-ru-en-first300.tmx"));
            // "Жаңа терезеде ашу" is in the sample (dolphin); an extra word makes it a fuzzy match.
            List<MemoryMatch> hits = memory.fuzzy("Жаңа терезеде файлды ашу", "ru", 60, 5);
            assertFalse(hits.isEmpty());
            MemoryMatch best = hits.get(0);
            assertFalse(best.exact());
            assertTrue(best.score() >= 60 && best.score() < 100, "score " + best.score());
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
            }
            assertTrue(hits.stream().anyMatch(h -> h.target().equals("Открыть в новом окне")), hits.toString());
        }
    }

    private Path tmx(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header srclang=\"kk-KZ\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\""
                + " creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/><body>\n" + body + "\n</body></tmx>\n");
    }

    private static String unit(String kk, String ru) {
        return "<tu><tuv xml:lang=\"kk\"><seg>" + kk + "</seg></tuv><tuv xml:lang=\"ru\"><seg>" + ru
                + "</seg></tuv></tu>\n";
    }

    @Test
    void aSegmentTooLongForALuceneTermIsImportedAndFoundExactly() throws Exception {
        // 2,000 x 10 characters, 19 UTF-8 bytes each time: 38,000 bytes, over Lucene's 32,766 for one term.
        String longKk = "Қазақстан ".repeat(2000).strip();
        String longRu = "Казахстан ".repeat(2000).strip();
        Path first = tmx("long.tmx", unit("Иә", "Да") + unit(longKk, longRu) + unit("Жоқ", "Нет"));
        Path second = tmx("next.tmx", unit("Сәлем", "Привет"));
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            assertEquals(3L, memory.importTmx(first).added().get("ru"));
            assertEquals(1L, memory.importTmx(second).added().get("ru"));
            assertEquals(longRu, memory.exact(longKk, null, "ru").get(0).target());
            assertEquals("Нет", memory.exact("Жоқ", null, "ru").get(0).target());
            assertEquals("Привет", memory.exact("Сәлем", null, "ru").get(0).target());
            assertTrue(memory.exact(longKk + " 2", null, "ru").isEmpty());
            List<MemoryMatch> fuzzy = memory.fuzzy(longKk + " Жаңа", "ru", 75, 3);
            assertEquals(longRu, fuzzy.get(0).target(), "a query of more n-grams than one Lucene query holds");
        }
    }

    @Test
    void inlineCodesAreNeitherInTheKeyNorFoldedAsLetters() throws Exception {
        Path coded = tmx("coded.tmx", unit("<bpt i=\"1\">&lt;b&gt;</bpt>Файлды сақтау<ept i=\"1\">&lt;/b&gt;</ept>",
                "Сохранить файл") + unit("Сақтау белгі<ut>x</ut>", "Знак сохранения"));
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            memory.importTmx(coded);
            List<MemoryMatch> hits = memory.exact("Файлды сақтау", null, "ru");
            assertEquals(1, hits.size(), "the same sentence without codes is a 100% match");
            assertEquals("Файлды сақтау", hits.get(0).source());
            MemoryMatch sign = memory.exact("Сақтау белгі", null, "ru").get(0);
            assertEquals("Сақтау белгі", sign.source(), "the code's Latin x is neither glued nor made Cyrillic");
        }
    }

    /** A directory that fails as a full disk does: when Lucene syncs a commit, or when it writes a segment. */
    private static LanguageIndex.Opener failing(boolean onSync) {
        return path -> new FilterDirectory(FSDirectory.open(path)) {
            @Override
            public void sync(Collection<String> names) throws IOException {
                if (onSync) {
                    throw new IOException("No space left on device");
                }
                super.sync(names);
            }

            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                if (!onSync && !name.equals("write.lock")) {
                    throw new IOException("No space left on device");
                }
                return super.createOutput(name, context);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFailedImportLeavesAFreshMemoryAbsent(boolean onSync) throws Exception {
        Path tm = dir.resolve("tm");
        Path file = tmx("a.tmx", unit("Иә", "Да"));
        try (TranslationMemory memory = TranslationMemory.open(tm, failing(onSync))) {
            assertThrows(OutputFailure.class, () -> memory.importTmx(file));
        }
        assertFalse(Files.exists(tm), "no partial index, no write.lock");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFailedImportLeavesAnExistingMemoryAsItWas(boolean onSync) throws Exception {
        Path tm = dir.resolve("tm");
        try (TranslationMemory memory = TranslationMemory.open(tm)) {
            memory.importTmx(tmx("a.tmx", unit("Иә", "Да")));
        }
        List<String> before = listing(tm);
        Path more = tmx("b.tmx", unit("Жоқ", "Нет") + "<tu><tuv xml:lang=\"kk\"><seg>Сәлем</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu>");
        try (TranslationMemory memory = TranslationMemory.open(tm, failing(onSync))) {
            OutputFailure e = assertThrows(OutputFailure.class, () -> memory.importTmx(more));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        }
        assertEquals(before, listing(tm), "the same files: no partial segment, no write.lock, no new language");
        try (TranslationMemory memory = TranslationMemory.open(tm)) {
            assertEquals(1, memory.size("ru"));
            assertTrue(memory.exact("Жоқ", null, "ru").isEmpty());
            assertEquals(1L, memory.importTmx(more).added().get("ru"), "the memory still takes imports");
        }
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void fuzzyLookupOnTemplatedStringsReadsABoundedNumberOfCandidates() throws Exception {
        try (TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"))) {
            for (int i = 0; i < 3000; i++) {
                memory.add("Файл " + i + " жойылсын ба? Бұл әрекетті қайтару мүмкін емес.", null, "ru",
                        "Удалить файл " + i + "? Это действие нельзя отменить.", "t.tmx");
            }
            memory.commit();
            List<MemoryMatch> hits = memory.fuzzy("Файл 1234 жойылсын ба? Бұл әрекетті қайтару мүмкін емес!",
                    "ru", 75, 3);
            assertEquals("Удалить файл 1234? Это действие нельзя отменить.", hits.get(0).target());
            assertTrue(memory.lastFuzzyCandidates() <= FuzzySearch.candidates(3),
                    memory.lastFuzzyCandidates() + " entries read");
        }
    }

    @Test
    void fuzzyScoresAreOkapisDiceAndPensievesSeekerReadsTheEntries() throws Exception {
        Path tm = dir.resolve("tm");
        List<String> queries = List.of("Жаңа терезеде файлды ашу", "Файлды сақтау керек пе?", "Баптаулар терезесі");
        try (TranslationMemory memory = TranslationMemory.open(tm)) {
            memory.importTmx(TestData.file("debian-l10n/kk-ru-en-first300.tmx"));
            for (String query : queries) {
                for (MemoryMatch match : memory.fuzzy(query, "ru", 60, 5)) {
                    assertEquals(Util.calculateNgramDiceCoefficient(MatchKey.of(query), match.source(),
                            new NgramAnalyzer(4)), match.score(), 0.01, query + " / " + match.source());
                }
            }
            try (Directory index = FSDirectory.open(tm.resolve("ru"))) {
                PensieveSeeker pensieve = new PensieveSeeker(index);
                List<TmHit> hits = pensieve.searchExact(new TextFragment(MatchKey.of("Жаңа терезеде ашу")), null);
                assertEquals("Открыть в новом окне", hits.get(0).getTu().getTarget().getContent().toText());
                pensieve.close();
            }
        }
    }
}
