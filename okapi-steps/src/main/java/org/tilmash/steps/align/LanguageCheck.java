package org.tilmash.steps.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import net.sf.okapi.common.LocaleId;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Tells whether a translation is in the language it is given as. Script statistics are the robust signal (a
 * Russian translation is Cyrillic without the Kazakh letters ә ғ қ ң ө ұ ү һ і; an English one is Latin);
 * OpenNLP's language detector confirms on text long enough for its n-grams.
 */
final class LanguageCheck {
    /** Below this many letters nothing is concluded. */
    private static final int MIN_LETTERS = 20;
    /** The expected script must hold at least this share of the letters. */
    private static final double MIN_SCRIPT_SHARE = 0.5;
    /** Kazakh-only letters above this share of the Cyrillic ones mean Kazakh, not Russian (loan names stay below). */
    private static final double MAX_KAZAKH_LETTER_SHARE = 0.01;
    /** OpenNLP is asked only from this many characters on; shorter text gives it too few n-grams. */
    private static final int MIN_DETECTOR_CHARS = 200;
    /** The expected language must rank among the detector's first few (close languages share n-grams). */
    private static final int DETECTOR_MAX_RANK = 3;
    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private LanguageCheck() {
    }

    /** How many leading characters of a translation the detector reads. */
    static final int SAMPLE_CHARS = 20_000;

    /** The letters of a text by script, counted as the text is read. */
    static final class Letters {
        private long cyrillic;
        private long latin;
        private long kazakh;

        void count(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                    if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                        kazakh++;
                    }
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }

        /** Cyrillic letters among the Cyrillic and Latin ones (1 for a text without letters). */
        double cyrillicShare() {
            return cyrillic + latin == 0 ? 1 : (double) cyrillic / (cyrillic + latin);
        }
    }

    /**
     * Why a text is not in the expected language, from its letter counts and its first {@link #SAMPLE_CHARS}
     * characters (for the detector); {@code source} gives the letters of the source document it translates.
     */
    static Optional<String> problem(String sample, Letters counts, LocaleId expected, Supplier<Letters> source) {
        long cyrillic = counts.cyrillic;
        long latin = counts.latin;
        long kazakh = counts.kazakh;
        long letters = cyrillic + latin;
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        String language = expected.getLanguage();
        boolean cyrillicExpected = !"en".equals(language);
        double share = (double) (cyrillicExpected ? cyrillic : latin) / letters;
        // A Cyrillic translation keeps the Latin the Kazakh source itself has (names in a credits list, code), so
        // the bar is lowered in proportion to the source's own Cyrillic share; the source is read only then.
        if (share < MIN_SCRIPT_SHARE
                && !(cyrillicExpected && share >= MIN_SCRIPT_SHARE * source.get().cyrillicShare())) {
            return Optional.of(String.format("expected %s in %s script, but %.0f%% of its letters are %s", language,
                    cyrillicExpected ? "Cyrillic" : "Latin", 100 * (1 - share), cyrillicExpected ? "Latin" : "Cyrillic"));
        }
        if ("ru".equals(language) && (double) kazakh / cyrillic > MAX_KAZAKH_LETTER_SHARE) {
            return Optional.of(String.format("expected ru, but %.1f%% of its Cyrillic letters are Kazakh letters "
                    + "(ә ғ қ ң ө ұ ү һ і): it looks like Kazakh", 100.0 * kazakh / cyrillic));
        }
        return sample.length() >= MIN_DETECTOR_CHARS ? detectorProblem(sample, expected) : Optional.empty();
    }

    private static Optional<String> detectorProblem(String text, LocaleId expected) {
        String iso3 = expected.toJavaLocale().getISO3Language();
        Language[] ranked = Detector.INSTANCE.predictLanguages(text);
        for (int k = 0; k < Math.min(DETECTOR_MAX_RANK, ranked.length); k++) {
            if (ranked[k].getLang().equals(iso3)) {
                return Optional.empty();
            }
        }
        return Optional.of("expected " + expected.getLanguage() + ", but the language detector finds "
                + ranked[0].getLang() + " (ISO 639-3)");
    }

    /**
     * The detector model (10 MB) is loaded once, on first use; OpenNLP's thread-safe detector (a detector per
     * thread over the one model), as documents are checked in parallel ({@code run --threads}).
     */
    private static final class Detector {
        static final ThreadSafeLanguageDetectorME INSTANCE = load();

        private static ThreadSafeLanguageDetectorME load() {
            try (InputStream in = LanguageCheck.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("opennlp-models-langdetect is not on the classpath");
                }
                return new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
