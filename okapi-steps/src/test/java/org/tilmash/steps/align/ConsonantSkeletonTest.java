package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsonantSkeletonTest {

    @Test
    void namesAndLoanwordsMeetAcrossScripts() {
        assertEquals(ConsonantSkeleton.of("назарбаев"), ConsonantSkeleton.of("nazarbayev"));
        assertEquals(ConsonantSkeleton.of("қазақстан"), ConsonantSkeleton.of("kazakhstan"));
        assertEquals(ConsonantSkeleton.of("интеграция"), ConsonantSkeleton.of("integration"));
        assertEquals(ConsonantSkeleton.of("интеграциялық"), ConsonantSkeleton.of("интеграция"));
        assertEquals(ConsonantSkeleton.of("европа"), ConsonantSkeleton.of("europe"));
        assertEquals(ConsonantSkeleton.of("шымкент"), ConsonantSkeleton.of("shymkent"));
        assertNotEquals(ConsonantSkeleton.of("президент"), ConsonantSkeleton.of("парламент"));
    }

    @Test
    void anchorsCarryNumbersRomanNumeralsAndMonths() {
        assertTrue(Anchors.of("1 000 000 теңге").contains("n1000000"));
        assertTrue(Anchors.of("1,000,000 tenge").contains("n1000000"));
        assertTrue(Anchors.of("XX ғасырдың соңы").contains("n20"));
        assertTrue(Anchors.of("16 желтоқсанда").contains("m12"));
        assertTrue(Anchors.of("16 декабря").contains("m12"));
        assertTrue(Anchors.of("on 16 December").contains("m12"));
        assertTrue(Anchors.of("[12] сілтеме").contains("r12"));
    }

    /** A plain Latin spelling of a Cyrillic name, for synthetic test data (one convention among several). */
    static String latin(String cyrillic) {
        String from = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
        String[] to = {"a", "b", "v", "g", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "k", "l", "m", "n", "n",
            "o", "o", "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "sh", "shch", "", "y", "i", "",
            "e", "yu", "ya"};
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            int at = from.indexOf(c);
            if (at < 0) {
                out.append(c);
            } else {
                String latin = to[at % to.length];
                out.append(at >= to.length && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            }
        }
        return out.toString();
    }
}
