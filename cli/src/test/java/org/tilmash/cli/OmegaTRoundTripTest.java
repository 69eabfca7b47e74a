package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

/**
 * A real CAT tool reads our bilingual TMX: OmegaT 3.6 (Debian package {@code omegat}), headless, pre-translates the
 * partial-200 sample from {@code NAME.kk-LANG.tmx} in {@code tm/auto/}, and every segment tilmash counts as covered
 * must come out filled with tilmash's translation in that language, every other one left as the Kazakh source.
 *
 * <p>OmegaT only inserts a memory unit whose source equals one of its own segments. Its sentence rules have no
 * Kazakh and would split lines that tilmash keeps whole, so OmegaT is given tilmash's segments one per paragraph
 * (its text filter ends a paragraph at an empty line; consecutive lines would make one paragraph) with sentence
 * segmentation off: each OmegaT segment is then exactly one tilmash segment.
 *
 * <p>Without OmegaT the test is skipped, unless the environment variable CI is set: there it fails, since
 * {@code .ci/setup} installs it.
 */
class OmegaTRoundTripTest {

    static final Path OMEGAT = Path.of(System.getenv().getOrDefault("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"));

    @TempDir
    Path dir;

    @Test
    void omegatPreTranslatesEveryCoveredSegmentInTheRightLanguage() throws Exception {
        if (!Files.isRegularFile(OMEGAT)) {
            if (System.getenv("CI") != null) {
                fail("OmegaT is missing (" + OMEGAT + "): .ci/setup must install the Debian package omegat");
            }
            assumeTrue(false, "OmegaT not installed (" + OMEGAT + "): apt-get install -y omegat to run this test");
        }
        Path source = Files.copy(MemoryCommandsTest.corpus("partial-200-source.txt"),
                dir.resolve("partial-200.kk.txt"));
        Path out = dir.resolve("out");
        Sample.Result run = Sample.tilmash("run", source.toString(), "--tm",
                MemoryCommandsTest.corpus("partial-200.tmx").toString(), "--srx",
                MemoryCommandsTest.LINES_SRX.toString(), "--no-repair", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        for (LocaleId language : Languages.TARGETS) {
            String tag = language.getLanguage();
            List<String[]> units = units(out.resolve("partial-200.kk-" + tag + ".xlf"), language);
            List<String> filled = omegat(units, out.resolve("partial-200.kk-" + tag + ".tmx"), language);
            assertEquals(units.size(), filled.size(), "OmegaT keeps one paragraph per segment");
            int covered = 0;
            for (int i = 0; i < units.size(); i++) {
                String kazakh = units.get(i)[0];
                String ours = units.get(i)[1];
                if (ours.isEmpty()) {
                    assertEquals(kazakh, filled.get(i), tag + " segment " + (i + 1) + " was not covered");
                } else {
                    covered++;
                    assertEquals(ours, filled.get(i), tag + " segment " + (i + 1) + ": " + kazakh);
                    assertNotEquals(kazakh, filled.get(i));
                }
            }
            assertEquals(language.equals(Languages.RUSSIAN) ? 200 : 100, covered);
        }
    }

    /** Source and target (empty when not translated) of each unit, in order. */
    private static List<String[]> units(Path xliff, LocaleId target) {
        List<String[]> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument raw = new RawDocument(xliff.toUri(), "UTF-8", Languages.KAZAKH, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    TextContainer t = unit.getTarget(target);
                    units.add(new String[] {unit.getSource().toString(), t == null ? "" : t.toString()});
                }
            }
        }
        return units;
    }

    /** Runs OmegaT's console-translate on the segments, one per line, and returns the translated lines. */
    private List<String> omegat(List<String[]> units, Path tmx, LocaleId target) throws Exception {
        Path project = Files.createDirectories(dir.resolve("omegat-" + target.getLanguage()));
        for (String sub : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat", ".config")) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.copy(tmx, project.resolve("tm/auto").resolve(tmx.getFileName()));
        StringBuilder lines = new StringBuilder();
        units.forEach(u -> lines.append(u[0]).append("\n\n"));
        Files.writeString(project.resolve("source/segments.txt"), lines, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("omegat.project"), projectFile(target.toBCP47()), StandardCharsets.UTF_8);
        Process omegat = new ProcessBuilder("java", "-Djava.awt.headless=true", "-jar", OMEGAT.toString(),
                "--mode=console-translate", "--config-dir=" + project.resolve(".config"),
                "--disable-project-locking", "--no-team", "--quiet", project.toString())
                .redirectErrorStream(true).redirectOutput(project.resolve("omegat.log").toFile()).start();
        if (!omegat.waitFor(5, TimeUnit.MINUTES)) {
            omegat.destroyForcibly();
            fail("OmegaT did not finish; log: " + project.resolve("omegat.log"));
        }
        String log = Files.readString(project.resolve("omegat.log"));
        assertEquals(0, omegat.exitValue(), log);
        // OmegaT exits 0 even when it could not load a memory: its log says so.
        assertTrue(!log.contains("TMXR_ERROR") && !log.contains("SEVERE"), log);
        return paragraphs(project.resolve("target/segments.txt"));
    }

    private static List<String> paragraphs(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty()).toList();
    }

    private static String projectFile(String target) {
        // Schema: OmegaT.jar!schemas/project_properties.xsd. No Kazakh tokenizer exists in OmegaT 3.6; the Russian
        // one only affects fuzzy matching and word counts. sentence_seg=false: see the class comment.
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                    <project version="1.0">
                        <source_dir>__DEFAULT__</source_dir>
                        <source_dir_excludes><mask>**/.git/**</mask></source_dir_excludes>
                        <target_dir>__DEFAULT__</target_dir>
                        <tm_dir>__DEFAULT__</tm_dir>
                        <glossary_dir>__DEFAULT__</glossary_dir>
                        <glossary_file>__DEFAULT__</glossary_file>
                        <dictionary_dir>__DEFAULT__</dictionary_dir>
                        <source_lang>kk-KZ</source_lang>
                        <target_lang>%s</target_lang>
                        <source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>
                        <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
                        <sentence_seg>false</sentence_seg>
                        <support_default_translations>true</support_default_translations>
                        <remove_tags>false</remove_tags>
                    </project>
                </omegat>
                """.formatted(target);
    }
}
