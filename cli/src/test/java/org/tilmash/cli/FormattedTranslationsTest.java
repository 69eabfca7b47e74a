package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tilmash.steps.slots.Languages;

/**
 * Translations in HTML, Markdown and DOCX are read through their own filters: the UDHR (articles 1-10, kk/ru/en,
 * see resources/formats/udhr/README.md) with bold, italics and links in every paragraph aligns exactly as the same
 * texts in plain text do, and no markup ever becomes target text.
 */
class FormattedTranslationsTest {

    /** Markup of any of the formats, as text: what a translation read as plain text would put in a target. */
    private static final Pattern MARKUP = Pattern.compile("<[!/a-zA-Z]|\\*\\*|\\]\\(http|w:t>|&lt;");

    static Path udhr(String name) throws Exception {
        return Path.of(FormattedTranslationsTest.class.getResource("/formats/udhr/" + name).toURI());
    }

    /** Copies the named fixtures into a directory of their own, so translations are found beside the source. */
    static Path copy(Path dir, String... names) throws Exception {
        for (String name : names) {
            Files.copy(udhr(name), dir.resolve(name));
        }
        return dir.resolve(names[0]);
    }

    /** The (source, target) text pairs of the filled units: the alignment, without inline codes. */
    static Set<List<String>> pairs(Path xliff, LocaleId target) {
        Set<List<String>> pairs = new HashSet<>();
        for (ITextUnit unit : OurXliff.units(xliff, target)) {
            TextContainer t = unit.getTarget(target);
            String text = t == null ? "" : norm(t.getUnSegmentedContentCopy().getText());
            if (!text.isEmpty()) {
                pairs.add(List.of(norm(unit.getSource().getUnSegmentedContentCopy().getText()), text));
            }
        }
        return pairs;
    }

    private static String norm(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    /** Strict F1 of one alignment against another (pairs equal as wholes). */
    static double f1(Set<List<String>> found, Set<List<String>> reference) {
        Set<List<String>> both = new HashSet<>(found);
        both.retainAll(reference);
        double p = found.isEmpty() ? 0 : (double) both.size() / found.size();
        double r = reference.isEmpty() ? 0 : (double) both.size() / reference.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Path run(Path source, Path out) {
        Sample.Result result = Sample.tilmash("run", source.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertFalse(result.err().contains("warning"), result.err());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "md", "docx"})
    void formattedTriplesAlignAsTheirPlainText(String ext, @TempDir Path dir) throws Exception {
        Path plain = run(copy(Files.createDirectory(dir.resolve("txt")), "udhr.kk.txt", "udhr.ru.txt",
                "udhr.en.txt"), dir.resolve("out-txt"));
        Path out = run(copy(Files.createDirectory(dir.resolve(ext)), "udhr.kk." + ext, "udhr.ru." + ext,
                "udhr.en." + ext), dir.resolve("out-" + ext));
        int paragraphs = Files.readString(udhr("udhr.kk.html")).split("<p>", -1).length - 1;
        for (LocaleId target : Languages.TARGETS) {
            Path xliff = out.resolve("udhr.kk-" + target.getLanguage() + ".xlf");
            Schemas.assertValidXliff12(xliff);
            Schemas.assertValidTmx14(out.resolve("udhr.kk-" + target.getLanguage() + ".tmx"));
            double f1 = f1(pairs(xliff, target), pairs(plain.resolve("udhr.kk-" + target.getLanguage() + ".xlf"),
                    target));
            assertTrue(f1 >= 0.99, ext + " " + target + ": strict F1 against the plain-text run " + f1);
            int coded = 0;
            int codedTargets = 0;
            for (ITextUnit unit : OurXliff.units(xliff, target)) {
                TextContainer t = unit.getTarget(target);
                String text = t == null ? "" : t.getUnSegmentedContentCopy().getText();
                assertFalse(MARKUP.matcher(text).find(), "markup in a target: " + text);
                coded += unit.getSource().hasCode() ? 1 : 0;
                codedTargets += t != null && t.hasCode() ? 1 : 0;
            }
            // Every paragraph of the fixtures has bold and italics: at least one coded unit per paragraph.
            assertTrue(coded >= paragraphs, ext + ": units with codes " + coded);
            assertTrue(codedTargets >= paragraphs, ext + ": targets with codes " + codedTargets);
            String tmx = Files.readString(out.resolve("udhr.kk-" + target.getLanguage() + ".tmx"));
            assertTrue(tmx.contains("<bpt ") && tmx.contains("<ept "), "TMX carries the codes");
        }
    }

    @Test
    void docxSourceWithPlainTextTranslation(@TempDir Path dir) throws Exception {
        Path plain = run(copy(Files.createDirectory(dir.resolve("txt")), "udhr.kk.txt", "udhr.ru.txt"),
                dir.resolve("out-txt"));
        Path out = run(copy(Files.createDirectory(dir.resolve("mixed")), "udhr.kk.docx", "udhr.ru.txt"),
                dir.resolve("out-mixed"));
        Path xliff = out.resolve("udhr.kk-ru.xlf");
        Schemas.assertValidXliff12(xliff);
        double f1 = f1(pairs(xliff, Languages.RUSSIAN), pairs(plain.resolve("udhr.kk-ru.xlf"), Languages.RUSSIAN));
        assertTrue(f1 >= 0.99, "strict F1 " + f1);
        assertTrue(Files.readString(xliff).contains("inline codes only in the source"),
                "codes the plain translation lacks are flagged in the note");
    }

    /** Regression: an HTML translation used to be read as plain text, its doctype and tags becoming targets. */
    @Test
    void htmlTranslationGivesNoMarkupTargets(@TempDir Path dir) throws Exception {
        Path source = copy(dir, "udhr.kk.txt");
        Files.copy(udhr("udhr.ru.html"), dir.resolve("udhr.ru.txt.html"));
        Sample.Result result = Sample.tilmash("run", source.toString(), "--ru", dir.resolve("udhr.ru.txt.html")
                .toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        String xliff = Files.readString(dir.resolve("out/udhr.kk-ru.xlf"));
        assertFalse(xliff.contains("DOCTYPE"), "the doctype is not a target");
        assertFalse(xliff.contains("&lt;p>") || xliff.contains("&lt;/"), "no tag as text");
        assertTrue(pairs(dir.resolve("out/udhr.kk-ru.xlf"), Languages.RUSSIAN).contains(List.of(
                "Барлық адамдар тумысынан азат және қадір‐қасиеті мен кұқықтары тең болып дүниеге келеді.",
                "Все люди рождаются свободными и равными в своем достоинстве и правах.")), "the text is aligned");
    }

    @Test
    void unreadableOrTextlessTranslationWarnsAndLeavesSlotsEmpty(@TempDir Path dir) throws Exception {
        Path source = copy(dir, "udhr.kk.html");
        Files.write(dir.resolve("udhr.ru.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n'});
        Files.writeString(dir.resolve("udhr.en.html"), "<!DOCTYPE html>\n<html><body><img src=\"a.png\"></body></html>\n");
        Sample.Result result = Sample.tilmash("run", source.toString(), "--ru", dir.resolve("udhr.ru.pdf").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(result.err().contains("udhr.ru.pdf: ru-RU: no filter reads this format"), result.err());
        assertTrue(result.err().contains("udhr.en.html: en-US: no text in it"), result.err());
        for (LocaleId target : Languages.TARGETS) {
            String xliff = Files.readString(dir.resolve("out/udhr.kk-" + target.getLanguage() + ".xlf"));
            assertFalse(xliff.contains("state=\"translated\""), target + ": no slot filled");
        }
    }
}
