package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.segment.SegmentationRules;
import org.tilmash.steps.slots.Languages;
import org.tilmash.core.testing.TestData;

/**
 * A real CAT tool reads our bilingual TMX: OmegaT 3.6, headless, pre-translates the very file tilmash ran on from
 * {@code NAME.kk-LANG.tmx} in {@code tm/auto/}, segmenting it with the SRX rules of the run (see {@link OmegaT}).
 * Every unit our XLIFF marks {@code state="translated"} must come out as our translation, in that language; every
 * other one must stay Kazakh. The expected target is the original file with each unit replaced in place, so a unit
 * whose source is not, character for character, the next piece of the file fails the test too.
 *
 * <p>One exception, which no sentence-segmenting CAT tool can avoid: a unit made by a 2-1 alignment link joins two
 * of our sentences, while OmegaT looks up each sentence on its own and finds neither in the memory; such a unit stays
 * Kazakh in OmegaT, and is counted apart ({@link RoundTrip#joined}).
 *
 * <p>OmegaT reads a file as it is. After repair (lines joined after initials, broken words mended) about half of
 * the damaged sample's sentences are no longer in the original file, so the translator's file is the one the run
 * writes beside the TMX, {@code NAME.kk-repaired.txt}: the sample goes through the default path, repair included.
 * partial-200 (UI strings, one per line) runs with {@code --no-repair} on the original file.
 */
class OmegaTRoundTripTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Letters of Kazakh that Russian does not have: a Russian segment with one is Kazakh text. */
    private static final Pattern KAZAKH_ONLY = Pattern.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]");

    @TempDir
    Path dir;

    /** What OmegaT did with one target language: units of the XLIFF, our translated ones, joined ones, filled. */
    record RoundTrip(int units, int translated, int joined, int filled) {
    }

    /** One XLIFF unit: its source, target (empty when not translated) and whether it says translated. */
    private record Unit(String id, String source, String target, boolean translated) {
    }

    @Test
    void omegatFillsPartial200AsCoveredOneStringALine() throws Exception {
        OmegaT.requireInstalled();
        Path source = Files.copy(TestData.file("debian-l10n/partial-200-source.txt"),
                dir.resolve("partial-200.kk.txt"));
        Map<LocaleId, RoundTrip> trips = roundTrip(source, false,
                SegmentationRules.fromFile(MemoryCommandsTest.LINES_SRX),
                MemoryCommandsTest.LINES_SRX.toUri().toURL(), "--tm",
                TestData.file("debian-l10n/partial-200.tmx").toString(), "--srx",
                MemoryCommandsTest.LINES_SRX.toString());
        assertEquals(new RoundTrip(200, 200, 0, 200), trips.get(Languages.RUSSIAN));
        assertEquals(new RoundTrip(200, 100, 0, 100), trips.get(Languages.ENGLISH));
    }

    @Test
    void omegatFillsTheSampleAsAlignedSegmentingWithTilmashRules() throws Exception {
        OmegaT.requireInstalled();
        for (String translation : List.of("ru", "en")) {
            Files.copy(Sample.REPO.resolve("seeds/eurasian-integration." + translation + ".txt"),
                    dir.resolve("eurasian-integration." + translation + ".txt"));
        }
        Path source = Files.copy(Sample.SOURCE, dir.resolve("eurasian-integration.kk.txt"));
        Map<LocaleId, RoundTrip> trips = roundTrip(source, true, SegmentationRules.tilmash(),
                SegmentationRules.defaultRules());
        for (RoundTrip trip : trips.values()) {
            assertEquals(trip.translated() - trip.joined(), trip.filled(), trip.toString());
            // Not a tuned figure: a guard that alignment filled most slots, so the round trip is not vacuous.
            assertTrue(trip.filled() >= trip.units() * 8 / 10, trip.toString());
        }
    }

    /**
     * Runs {@code tilmash run} with {@code options} on {@code source} (with repair or {@code --no-repair}), then
     * OmegaT once per target language with the run's bilingual TMX on the file a translator gets (the repaired text,
     * or the original when nothing was repaired), segmenting with {@code srx} ({@code rules} is the same, as tilmash
     * reads it); checks OmegaT's target file and returns what it filled.
     */
    private Map<LocaleId, RoundTrip> roundTrip(Path source, boolean repair, SegmentationRules rules, URL srx,
            String... options) throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", source.toString(), "--out", out.toString()));
        if (!repair) {
            args.add("--no-repair");
        }
        args.addAll(List.of(options));
        Sample.Result run = Sample.tilmash(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        String name = source.getFileName().toString().replaceFirst("\\.txt$", "");
        Map<LocaleId, List<Unit>> units = new LinkedHashMap<>();
        for (LocaleId language : Languages.TARGETS) {
            units.put(language, units(out.resolve(name + "-" + language.getLanguage() + ".xlf"), language));
        }
        ISegmenter segmenter = rules.segmenter(Languages.KAZAKH);
        Path text = repair ? out.resolve(name + "-repaired.txt") : source;
        String original = Files.readString(text, StandardCharsets.UTF_8);
        Map<LocaleId, RoundTrip> trips = new LinkedHashMap<>();
        for (LocaleId language : Languages.TARGETS) {
            String tag = language.getLanguage();
            OmegaT.Translation omegat = OmegaT.translate(text, out.resolve(name + "-" + tag + ".tmx"), language,
                    srx, dir.resolve("omegat-" + tag));
            StringBuilder expected = new StringBuilder();
            int at = 0;
            int sentences = 0;
            int translated = 0;
            int joined = 0;
            int filled = 0;
            for (Unit unit : units.get(language)) {
                int start = original.indexOf(unit.source(), at);
                assertTrue(start >= 0 && original.substring(at, start).matches("(?U)\\s*"),
                        "unit " + unit.id() + " is not the next text of " + text + " after offset " + at);
                int pieces = segmenter.computeSegments(unit.source());
                sentences += pieces;
                assertEquals(unit.translated(), !unit.target().isEmpty(), unit.id() + ": state and target disagree");
                String fill = unit.source();
                if (unit.translated()) {
                    translated++;
                    if (pieces > 1) {
                        joined++;
                    } else {
                        filled++;
                        fill = unit.target();
                        assertRightLanguage(language, unit);
                    }
                }
                expected.append(original, at, start).append(fill);
                at = start + unit.source().length();
            }
            assertTrue(original.substring(at).matches("(?U)\\s*"), "text after the last unit of " + text);
            expected.append(original, at, original.length());

            assertEquals(sentences, omegat.segments(), tag + ": OmegaT segments the file as tilmash's rules do");
            assertEquals(sentences - filled, omegat.remaining(), tag + ": segments OmegaT left untranslated");
            assertSameLines(expected.toString(), omegat.target(), tag);
            trips.put(language, new RoundTrip(units.get(language).size(), translated, joined, filled));
        }
        return trips;
    }

    /**
     * Our translation, which OmegaT's target must show, is in the project's language: no Kazakh letter, and no
     * Cyrillic at all in English. (OmegaT 3.6 inserts any other language's variant of a memory unit that lacks the
     * project's: a Russian text in the English project would show as an untranslated segment not left Kazakh.)
     */
    private static void assertRightLanguage(LocaleId language, Unit unit) {
        Pattern wrong = language.equals(Languages.ENGLISH) ? CYRILLIC : KAZAKH_ONLY;
        assertFalse(wrong.matcher(unit.target()).find(), language + " " + unit.id() + ": " + unit.target());
    }

    private static void assertSameLines(String expected, String actual, String tag) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(want.length, got.length) && differences.size() < 5; i++) {
            String w = i < want.length ? want[i] : "(no line)";
            String g = i < got.length ? got[i] : "(no line)";
            if (!w.equals(g)) {
                differences.add("line " + (i + 1) + "\n  expected: " + w + "\n  OmegaT:   " + g);
            }
        }
        assertTrue(differences.isEmpty(), tag + " target differs from our translations:\n"
                + String.join("\n", differences));
    }

    /** The units of one of our XLIFF files, in order. */
    private static List<Unit> units(Path xliff, LocaleId target) {
        List<Unit> units = new ArrayList<>();
        for (ITextUnit unit : OurXliff.units(xliff, target)) {
            TextContainer t = unit.getTarget(target);
            Property state = t == null ? null : t.getProperty(Property.STATE);
            units.add(new Unit(unit.getName(), unit.getSource().toString(), t == null ? "" : t.toString(),
                    state != null && "translated".equals(state.getValue())));
        }
        return units;
    }
}
