package org.tilmash.tmx.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
