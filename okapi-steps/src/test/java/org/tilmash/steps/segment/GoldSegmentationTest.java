package org.tilmash.steps.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Repair and segmentation of whole documents against a gold segmentation made by hand: boundary precision and
 * recall. A gold file holds one segment a line and an empty line between paragraphs; paragraph ends count as
 * boundaries, so line joins and ".." splits are scored with the sentence breaks.
 */
class GoldSegmentationTest {

    /**
     * The sample and the project's legal-news set; then real published texts (the real evaluation set of the
     * aligner, whose gold sentences were checked by hand): an official declaration and two catalogues of UI strings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "../seeds/eurasian-integration.kk.txt, eurasian-integration.kk.gold.txt, 0.99",
        "classpath:legal-news.kk.txt, legal-news.kk.gold.txt, 0.99",
        "classpath:/org/tilmash/steps/align/real/udhr.kk.txt, /org/tilmash/steps/align/real/udhr.kk.sentences, 0.995",
        "classpath:/org/tilmash/steps/align/real/nautilus.kk.txt, /org/tilmash/steps/align/real/nautilus.kk.sentences, 0.995",
        "classpath:/org/tilmash/steps/align/real/gnome-shell.kk.txt, /org/tilmash/steps/align/real/gnome-shell.kk.sentences, 0.995"})
    void boundaryPrecisionAndRecallAreAtLeast99Percent(String source, String gold, double minF1) throws IOException {
        List<List<String>> expected = readGold(resource(gold));
        List<List<String>> actual = RepairAndSegment.kazakh(read(source)).paragraphs();

        // The scores compare positions, so first the texts must be the same (which also checks the repairs).
        String goldText = squeeze(expected);
        String ourText = squeeze(actual);
        int differs = 0;
        while (differs < Math.min(goldText.length(), ourText.length())
                && goldText.charAt(differs) == ourText.charAt(differs)) {
            differs++;
        }
        int from = Math.max(0, differs - 40);
        assertEquals(goldText.substring(from, Math.min(goldText.length(), differs + 40)),
                ourText.substring(from, Math.min(ourText.length(), differs + 40)),
                "the repaired text differs from the gold text at " + differs);
        Set<Integer> goldBoundaries = boundaries(expected);
        Set<Integer> found = boundaries(actual);
        Set<Integer> right = new HashSet<>(found);
        right.retainAll(goldBoundaries);
        double precision = (double) right.size() / found.size();
        double recall = (double) right.size() / goldBoundaries.size();
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("%s: %d gold boundaries, %d found, precision %.4f, recall %.4f, F1 %.4f%n",
                source, goldBoundaries.size(), found.size(), precision, recall, f1);
        assertTrue(f1 >= minF1, "F1 " + f1);
        assertTrue(precision >= 0.99, "precision " + precision);
        assertTrue(recall >= 0.99, "recall " + recall);
    }

    /** Offsets, in the text without whitespace, of the end of every segment but the last one. */
    private static Set<Integer> boundaries(List<List<String>> paragraphs) {
        Set<Integer> ends = new HashSet<>();
        int offset = 0;
        for (List<String> paragraph : paragraphs) {
            for (String segment : paragraph) {
                offset += segment.replaceAll("\\s+", "").length();
                ends.add(offset);
            }
        }
        ends.remove(offset);
        return ends;
    }

    private static String squeeze(List<List<String>> paragraphs) {
        StringBuilder all = new StringBuilder();
        paragraphs.forEach(p -> p.forEach(all::append));
        return all.toString().replaceAll("\\s+", "");
    }

    static List<List<String>> readGold(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String block : text.strip().split("\n\\s*\n")) {
            paragraphs.add(List.of(block.strip().split("\n")));
        }
        return paragraphs;
    }

    /** A file of the repository (relative to the module) or, with "classpath:", a test resource. */
    static String read(String source) throws IOException {
        return source.startsWith("classpath:") ? resource(source.substring("classpath:".length()))
                : Files.readString(Path.of(source), StandardCharsets.UTF_8);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GoldSegmentationTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
