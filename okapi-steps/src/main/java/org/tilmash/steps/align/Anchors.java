package org.tilmash.steps.align;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a sentence survives translation between Kazakh, Russian and English, as comparable keys: numbers
 * (years, dates, percentages, amounts, whatever their digit grouping), {@code [n]} references, Roman numerals,
 * month names, Latin-script tokens, and the consonant skeleton of every longer word (names across scripts,
 * loanwords and shared stems). A key only counts as evidence when it occurs on both sides of the document pair;
 * how much it counts is decided there ({@link AnchorWeights}), not here.
 */
final class Anchors {
    /** A number with its grouping: 1 000 000, 1,000.5, 2,5 — keyed by its digits alone, as grouping differs. */
    private static final Pattern NUMBER =
            Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)*");
    private static final Pattern REFERENCE = Pattern.compile("\\[(\\d+)]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    /** Words shorter than this are mostly function words and carry no anchor. */
    private static final int MIN_WORD = 4;

    /** Month names by stem: the stem must begin the word (declension and derivation change the ending). */
    private static final Map<String, Integer> MONTH_STEMS = Map.ofEntries(
            Map.entry("қаңтар", 1), Map.entry("ақпан", 2), Map.entry("наурыз", 3), Map.entry("сәуір", 4),
            Map.entry("мамыр", 5), Map.entry("маусым", 6), Map.entry("шілде", 7), Map.entry("тамыз", 8),
            Map.entry("қыркүйек", 9), Map.entry("қараша", 11), Map.entry("желтоқсан", 12),
            Map.entry("январ", 1), Map.entry("феврал", 2), Map.entry("апрел", 4), Map.entry("июн", 6),
            Map.entry("июл", 7), Map.entry("август", 8), Map.entry("сентябр", 9), Map.entry("октябр", 10),
            Map.entry("ноябр", 11), Map.entry("декабр", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("april", 4), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12));
    /** Month names that are also common words (мая/май, март; May, March; қазан "cauldron"), matched whole. */
    private static final Map<String, Integer> MONTH_WORDS = Map.of(
            "март", 3, "марта", 3, "марте", 3, "май", 5, "мая", 5, "мае", 5, "қазан", 10, "қазанда", 10);
    private static final Map<String, Integer> MONTH_CAPITALIZED = Map.of("March", 3, "May", 5);
    /** MONTH_STEMS as arrays, for the loop every word goes through (no stem begins another: order is free). */
    private static final String[] STEMS = MONTH_STEMS.keySet().toArray(new String[0]);
    private static final int[] STEM_MONTHS = java.util.Arrays.stream(STEMS).mapToInt(MONTH_STEMS::get).toArray();
    /** The first letters of the stems: most words begin with none of them. */
    private static final String STEM_INITIALS = java.util.Arrays.stream(STEMS).map(stem -> stem.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private Anchors() {
    }

    /** The anchor keys of one sentence, each once. */
    static Set<String> of(String sentence) {
        Set<String> keys = new LinkedHashSet<>();
        // Most sentences have no reference, and many no digit: those patterns are not searched for then.
        boolean digits = sentence.chars().anyMatch(c -> c >= '0' && c <= '9');
        Matcher ref = REFERENCE.matcher(sentence);
        while (digits && sentence.indexOf('[') >= 0 && ref.find()) {
            keys.add("r" + ref.group(1));
        }
        Matcher number = NUMBER.matcher(sentence);
        while (digits && number.find()) {
            keys.add("n" + digitsOf(number.group()));
        }
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            addWordKeys(word.group(), keys);
        }
        return keys;
    }

    private static void addWordKeys(String word, Set<String> keys) {
        if (isRoman(word)) {
            keys.add("n" + romanValue(word));
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Integer month = month(word, lower);
        if (month != null) {
            keys.add("m" + month);
        }
        if (isLatin(word.charAt(0)) && word.length() >= 2) {
            keys.add("l" + lower);
        }
        if (word.length() >= MIN_WORD) {
            String skeleton = ConsonantSkeleton.of(lower);
            if (skeleton != null) {
                keys.add("w" + skeleton);
                // Short stems take their suffix's consonants into four (Евразий-ского / Eurasia-n): the first
                // three alone are a second, weaker key.
                keys.add("v" + skeleton.substring(0, ConsonantSkeleton.MIN_CONSONANTS));
            }
        }
    }

    private static Integer month(String word, String lower) {
        Integer whole = MONTH_WORDS.get(lower);
        if (whole != null) {
            return whole;
        }
        Integer capitalized = MONTH_CAPITALIZED.get(word);
        if (capitalized != null) {
            return capitalized;
        }
        if (lower.isEmpty() || STEM_INITIALS.indexOf(lower.charAt(0)) < 0) {
            return null;
        }
        for (int k = 0; k < STEMS.length; k++) {
            if (lower.startsWith(STEMS[k])) {
                return STEM_MONTHS[k];
            }
        }
        return null;
    }

    private static String digitsOf(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Upper-case Roman numerals of two letters or more (XX ғасыр / XX век / 20th century); a lone I is a word. */
    private static boolean isRoman(String word) {
        return word.length() >= 2 && word.length() <= 7 && word.chars().allMatch(c -> "MDCLXVI".indexOf(c) >= 0)
                && ROMAN.matcher(word).matches();
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
