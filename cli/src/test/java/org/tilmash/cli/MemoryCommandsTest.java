package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tilmash.steps.slots.Languages;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.testing.TestData;

/** The memory acceptance tests on the debian-l10n corpus: leverage coverage, import, lookup, merge. */
class MemoryCommandsTest {

    /**
     * The partial-200 source holds one UI string per line. Sentence rules would cut 12 of them into pieces
     * ("Pango қарібінің аты. Мысалы: ..." becomes three segments) that no memory unit matches, so the run is given
     * an SRX without break rules, as a user would for a string catalogue, and no prose repair. The test checks that
     * this indeed gives one segment per line before reading the coverage.
     */
    static final Path LINES_SRX = Path.of("src/test/resources/one-segment-per-line.srx").toAbsolutePath();

    @TempDir
    Path dir;

    private Path partialSource() throws IOException {
        return Files.copy(TestData.file("debian-l10n/partial-200-source.txt"), dir.resolve("partial-200.kk.txt"));
    }

    static JsonNode coverage(Path out, String language) throws IOException {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("documents").get(0)
                .get("targets").get(language);
    }

    private Sample.Result run(Path source, Path out, String memory) {
        return Sample.tilmash("run", source.toString(), "--tm", memory, "--srx", LINES_SRX.toString(),
                "--no-repair", "--out", out.toString());
    }

    @Test
    void partial200GivesExactlyTheCoverageTheCorpusStates() throws Exception {
        Path out = dir.resolve("out");
        Sample.Result result = run(partialSource(), out, TestData.file("debian-l10n/partial-200.tmx").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        JsonNode document = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("documents").get(0);
        assertEquals(200, document.get("segments").asInt(), "one segment per line");
        JsonNode ru = coverage(out, "ru-RU");
        JsonNode en = coverage(out, "en-US");
        assertEquals(200, ru.get("translatedSegments").asInt());
        assertEquals(100.0, ru.get("segmentCoverage").asDouble());
        assertEquals(100, en.get("translatedSegments").asInt());
        assertEquals(50.0, en.get("segmentCoverage").asDouble());
        assertEquals(200, ru.get("byOrigin").get("memory exact").asInt());
        JsonNode memory = document.get("sections").get("memory");
        assertEquals(100, memory.get("exactFills").get("en-US").asInt());
    }

    /**
     * Issue 9's acceptance: with default options (tilmash's sentence rules, repair on), the memory's whole strings
     * still fill every line: a two-sentence string is filled as one unit (paragraph leverage), no list item is joined
     * to its neighbour by repair. Russian fills every unit of every line; English exactly the 100 lines whose memory
     * unit has English.
     */
    @Test
    void partial200WithDefaultOptionsFillsEveryLineItsMemoryUnitTranslates() throws Exception {
        Path out = dir.resolve("out");
        Sample.Result result = Sample.tilmash("run", partialSource().toString(), "--tm",
                TestData.file("debian-l10n/partial-200.tmx").toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        java.util.Set<Integer> linesWithEnglish = new java.util.TreeSet<>();
        List<String> tsv = Files.readAllLines(TestData.file("debian-l10n/partial-200.tsv"));
        for (int line = 1; line < tsv.size(); line++) {
            String[] columns = tsv.get(line).split("\t", -1);
            if (!columns[3].isEmpty()) {
                linesWithEnglish.add(line);
            }
        }
        assertEquals(100, linesWithEnglish.size());
        java.util.Map<Integer, List<Boolean>> ru = filledByLine(out.resolve("partial-200.kk-ru.xlf"), Languages.RUSSIAN);
        java.util.Map<Integer, List<Boolean>> en = filledByLine(out.resolve("partial-200.kk-en.xlf"), Languages.ENGLISH);
        assertEquals(200, ru.size(), "one paragraph per line");
        ru.forEach((line, filled) -> assertTrue(!filled.contains(false), "ru, line " + line));
        java.util.Set<Integer> englishFilled = new java.util.TreeSet<>();
        en.forEach((line, filled) -> {
            if (filled.contains(true)) {
                assertTrue(!filled.contains(false), "en, line " + line + " partly filled");
                englishFilled.add(line);
            }
        });
        assertEquals(linesWithEnglish, englishFilled);
        JsonNode memory = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("documents").get(0)
                .get("sections").get("memory");
        assertTrue(memory.get("paragraphFills").get("ru-RU").asInt() > 0, memory.toString());
    }

    /** Per paragraph (line) of the XLIFF, in order, whether each of its units has a translation. */
    private static java.util.Map<Integer, List<Boolean>> filledByLine(Path xliff, net.sf.okapi.common.LocaleId target) {
        java.util.Map<Integer, List<Boolean>> byLine = new java.util.TreeMap<>();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("p(\\d+)-s\\d+");
        for (var unit : OurXliff.units(xliff, target)) {
            java.util.regex.Matcher m = id.matcher(unit.getId() + " " + unit.getName());
            assertTrue(m.find(), unit.getId() + " " + unit.getName());
            byLine.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new java.util.ArrayList<>())
                    .add(unit.hasTarget(target) && !unit.getTarget(target).isEmpty());
        }
        return byLine;
    }

    @Test
    void importMergesDuplicatesAndLookupShowsScores() throws Exception {
        String tm = dir.resolve("tm").toString();
        String partial = TestData.file("debian-l10n/partial-200.tmx").toString();
        Sample.Result first = Sample.tilmash("tm", "import", partial, "--tm", tm);
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        Sample.Result again = Sample.tilmash("tm", "import", partial, "--tm", tm);
        assertTrue(again.out().contains("300 duplicates merged"), again.out());
        assertTrue(again.out().contains("en 100, ru 200 entries"), again.out());
        Sample.Result otherSource = Sample.tilmash("tm", "import", partial, "--tm", tm, "--source-lang", "ru");
        assertEquals(ExitCode.BAD_INPUT, otherSource.exitCode(), otherSource.err());
        assertEquals("tilmash: the memory " + tm + " holds kk sources, not ru", otherSource.err().strip());

        Sample.Result exact = Sample.tilmash("tm", "lookup", "жабу  сәтсіз", "--to", "en", "--tm", tm);
        assertEquals(ExitCode.OK, exact.exitCode(), exact.err());
        assertTrue(exact.out().startsWith("100.0%  exact      close failed"), exact.out());
        Sample.Result fuzzy = Sample.tilmash("tm", "lookup", "жабу сәтсіз болды", "--to", "ru", "--tm", tm,
                "--threshold", "50");
        assertTrue(fuzzy.out().contains("fuzzy"), fuzzy.out());

        Sample.Result absent = Sample.tilmash("tm", "lookup", "жабу сәтсіз", "--to", "de", "--tm", tm);
        assertEquals(ExitCode.BAD_INPUT, absent.exitCode(), absent.out());
        assertTrue(absent.err().contains("holds no translations into 'de' (it holds: en, ru)"), absent.err());
        assertFalse(Files.exists(dir.resolve("tm").resolve("de")), "a lookup writes nothing into the memory");
    }

    @Test
    void badTmxGivesOneLineWithLineAndColumnAndExitCode3() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tmx"), "<tmx version=\"1.4\">\n<header/>\n<body/></tmx>");
        Sample.Result result = Sample.tilmash("tm", "import", bad.toString(), "--tm", dir.resolve("tm").toString());
        assertEquals(ExitCode.BAD_INPUT, result.exitCode());
        // line:column just after the <header/> tag, where the JDK's StAX parser (core's XmlInput) places it
        assertEquals("tilmash: " + bad + ":2:10: the <header> has no srclang attribute (TMX 1.4b requires it)",
                result.err().strip());
        Sample.Result lookup = Sample.tilmash("tm", "lookup", "x", "--to", "ru", "--tm", dir.resolve("no").toString());
        assertEquals(ExitCode.BAD_INPUT, lookup.exitCode());
    }

    @Test
    void translatedXliffMergesBackAndRaisesCoverageByExactlyTheUnitsChanged() throws Exception {
        Path source = partialSource();
        Path tm = dir.resolve("tm");
        assertEquals(ExitCode.OK, Sample.tilmash("tm", "import",
                TestData.file("debian-l10n/partial-200.tmx").toString(), "--tm", tm.toString()).exitCode());
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run(source, out, tm.toString()).exitCode());
        assertEquals(100, coverage(out, "en-US").get("translatedSegments").asInt());

        // The translator fills five empty English targets and marks them translated, fills a sixth but leaves it
        // needs-translation (not done), and approves one unit already translated from the memory. The 100 memory
        // fills are state="translated" too, so they merge back unchanged.
        Path xliff = out.resolve("partial-200.kk-en.xlf");
        String text = Files.readString(xliff);
        Matcher empty = Pattern.compile("<target xml:lang=\"en-US\" state=\"needs-translation\"></target>")
                .matcher(text);
        StringBuilder edited = new StringBuilder();
        int n = 0;
        while (empty.find()) {
            n++;
            String replacement = n <= 5 ? "<target xml:lang=\"en-US\" state=\"translated\">Translation " + n
                    + "</target>" : n == 6 ? "<target xml:lang=\"en-US\" state=\"needs-translation\">Draft</target>"
                    : empty.group();
            empty.appendReplacement(edited, Matcher.quoteReplacement(replacement));
        }
        empty.appendTail(edited);
        Files.writeString(xliff, edited.toString().replace("<trans-unit id=\"p1-s1\" resname=\"p1-s1\"",
                "<trans-unit id=\"p1-s1\" resname=\"p1-s1\" approved=\"yes\""));
        int tmxUnitsBefore = count(Files.readString(out.resolve("partial-200.kk-en.tmx")), "<tu ");

        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", tm.toString(), "--srx",
                LINES_SRX.toString(), "--no-repair");
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("en-US 5 new, 0 changed, 100 unchanged"), merge.out());
        String tmx = Files.readString(out.resolve("partial-200.kk-en.tmx"));
        assertEquals(tmxUnitsBefore + 5, count(tmx, "<tu "));
        assertTrue(tmx.contains("Translation 5") && !tmx.contains("Draft"));
        assertTrue(Files.readString(out.resolve("partial-200.tmx")).contains("Translation 1"));

        Path again = dir.resolve("again");
        assertEquals(ExitCode.OK, run(source, again, tm.toString()).exitCode());
        assertEquals(105, coverage(again, "en-US").get("translatedSegments").asInt());
        assertEquals(200, coverage(again, "ru-RU").get("translatedSegments").asInt());
    }

    @Test
    void xliffWhoseSourceChangedIsRefusedNamingTheUnit() throws Exception {
        Path source = partialSource();
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run(source, out, TestData.file("debian-l10n/partial-200.tmx").toString()).exitCode());
        Path xliff = out.resolve("partial-200.kk-ru.xlf");
        String text = Files.readString(xliff);
        Files.writeString(xliff, text.replace("<source xml:lang=\"kk-KZ\">Көшіріп алу</source>",
                "<source xml:lang=\"kk-KZ\">Көшіріп алу керек</source>"));
        String tmxBefore = Files.readString(out.resolve("partial-200.kk-ru.tmx"));

        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString(),
                "--srx", LINES_SRX.toString(), "--no-repair");
        assertEquals(ExitCode.BAD_INPUT, merge.exitCode());
        assertTrue(merge.err().contains("unit p2-s1: its source no longer matches"), merge.err());
        assertEquals(1, merge.err().strip().lines().count());
        assertEquals(tmxBefore, Files.readString(out.resolve("partial-200.kk-ru.tmx")));
        assertFalse(Files.exists(dir.resolve("tm").resolve("ru")));
    }

    static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
