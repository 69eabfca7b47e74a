package org.tilmash.steps.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.RuleBasedBreakIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.StringUtil;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.steps.tokenization.RbbiTokenizer;
import net.sf.okapi.steps.wordcount.WordCounter;
import org.junit.jupiter.api.Test;
import org.tilmash.core.testing.TestData;
import org.tilmash.steps.slots.Languages;

/** Our word counter gives Okapi's WordCounter's figures, on real kk/ru/en text, languages interleaved. */
class GmxWordCounterTest {

    private static final List<LocaleId> COLUMNS = List.of(Languages.KAZAKH, Languages.RUSSIAN, Languages.ENGLISH);

    @Test
    void countsAsOkapisWordCounterOnRealCatalogueStrings() throws IOException {
        GmxWordCounter counter = new GmxWordCounter();
        List<String> rows = Files.readAllLines(TestData.file("debian-l10n/kk-ru-en-first4000.tsv"),
                StandardCharsets.UTF_8);
        long total = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            for (int column = 0; column < COLUMNS.size(); column++) {
                TextContainer text = new TextContainer(cells[column + 1]);
                long expected = WordCounter.count(text, COLUMNS.get(column));
                assertEquals(expected, counter.count(GmxWordCounter.segmentTexts(text), COLUMNS.get(column)),
                        cells[column + 1]);
                total += expected;
            }
        }
        assertTrue(total > 10_000, "words counted: " + total);
    }

    @Test
    void countsEverySegmentOfAContainerWithoutItsCodes() throws IOException {
        GmxWordCounter counter = new GmxWordCounter();
        for (String line : Files.readAllLines(TestData.REPOSITORY.resolve("seeds/eurasian-integration.kk.txt"),
                StandardCharsets.UTF_8)) {
            TextContainer text = new TextContainer();
            TextFragment bold = new TextFragment("2008-2009 ");
            bold.append(TextFragment.TagType.OPENING, "b", "<b>");
            bold.append("жж. 12:30 " + line.substring(0, line.length() / 2));
            bold.append(TextFragment.TagType.CLOSING, "b", "</b>");
            text.getSegments().append(new Segment("s1", bold));
            text.getSegments().append(new Segment("s2", new TextFragment(line.substring(line.length() / 2))));
            assertEquals(WordCounter.count(text, Languages.KAZAKH),
                    counter.count(GmxWordCounter.segmentTexts(text), Languages.KAZAKH), line);
        }
    }

    @Test
    void countersMadeOneAfterAnotherCountAlikeWhateverTheyCountedBefore() {
        List<String> kazakh = List.of("Қазақстан Республикасы 1991 жылы тәуелсіздік алды.");
        List<String> russian = List.of("Республика Казахстан обрела независимость в 1991 году.");
        GmxWordCounter first = new GmxWordCounter();
        long kazakhWords = first.count(kazakh, Languages.KAZAKH);
        long russianWords = first.count(russian, Languages.RUSSIAN);
        GmxWordCounter second = new GmxWordCounter();
        assertEquals(russianWords, second.count(russian, Languages.RUSSIAN));
        assertEquals(kazakhWords, second.count(kazakh, Languages.KAZAKH));
        assertEquals(WordCounter.count(new TextContainer(kazakh.get(0)), Languages.KAZAKH), kazakhWords);
        assertEquals(0, second.count(List.of(""), Languages.KAZAKH));
    }

    /** The shipped compiled rules are Okapi's rules compiled by our ICU; when either changes, compile them again. */
    @Test
    void theShippedWordBreakRulesAreOkapisRulesCompiledByOurIcu() throws IOException {
        String rules = StringUtil.readString(RbbiTokenizer.class.getResource("/rbbi.txt"));
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        RuleBasedBreakIterator.compileRules(rules, compiled);
        byte[] shipped;
        try (InputStream in = GmxWordCounter.class.getResourceAsStream(GmxWordCounter.OkapiWordBreakRules.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        if (!Arrays.equals(compiled.toByteArray(), shipped)) {
            Path fresh = Path.of("target", GmxWordCounter.OkapiWordBreakRules.RESOURCE);
            Files.write(fresh, compiled.toByteArray());
            fail("Okapi's rbbi.txt or ICU changed: copy " + fresh.toAbsolutePath()
                    + " to src/main/resources/org/tilmash/steps/report/");
        }
    }
}
