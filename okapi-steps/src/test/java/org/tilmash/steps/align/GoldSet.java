package org.tilmash.steps.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold alignment from the test resources: {@code NAME.XX.sentences} (one sentence per line, a blank line between
 * paragraphs) for both languages and {@code NAME.XX-YY.links} (Vecalign format, 0-based over non-blank lines).
 */
record GoldSet(String name, List<Sentence> source, List<Sentence> target, List<Bead> links) {
    /** The project's own gold sets (translations written for the project). */
    static final String DIR = "/org/tilmash/steps/align/gold/";
    /** The real evaluation set: published translations (see its README). */
    static final String REAL = "/org/tilmash/steps/align/real/";

    static GoldSet load(String document, String sourceLanguage, String targetLanguage) {
        return load(DIR, document, sourceLanguage, targetLanguage);
    }

    static GoldSet load(String dir, String document, String sourceLanguage, String targetLanguage) {
        return new GoldSet(document + " " + sourceLanguage + "-" + targetLanguage,
                sentences(dir, document + "." + sourceLanguage + ".sentences"),
                sentences(dir, document + "." + targetLanguage + ".sentences"),
                read(dir, document + "." + sourceLanguage + "-" + targetLanguage + ".links").stream()
                        .filter(l -> !l.isBlank()).map(Bead::parse).toList());
    }

    static boolean exists(String document, String sourceLanguage, String targetLanguage) {
        return GoldSet.class.getResource(DIR + document + "." + sourceLanguage + "-" + targetLanguage + ".links")
                != null;
    }

    static List<Sentence> sentences(String file) {
        return sentences(DIR, file);
    }

    static List<Sentence> sentences(String dir, String file) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        boolean inParagraph = false;
        for (String line : read(dir, file)) {
            if (line.isBlank()) {
                if (inParagraph) {
                    paragraph++;
                }
                inParagraph = false;
            } else {
                out.add(new Sentence(line.strip(), paragraph));
                inParagraph = true;
            }
        }
        return out;
    }

    private static List<String> read(String dir, String file) {
        try (InputStream in = GoldSet.class.getResourceAsStream(dir + file)) {
            if (in == null) {
                throw new IllegalArgumentException("missing gold resource " + dir + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
