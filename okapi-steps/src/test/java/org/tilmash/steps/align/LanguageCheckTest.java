package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import net.sf.okapi.common.LocaleId;
import org.junit.jupiter.api.Test;
import org.tilmash.core.testing.TestData;

/** The script check against real catalogue strings (Debian's dolphin, from the repository's test data). */
class LanguageCheckTest {

    private static final LocaleId RUSSIAN = LocaleId.fromBCP47("ru-RU");

    /** Columns kk, ru, en of the dolphin rows from {@code first} to {@code last} (1-based lines of the TSV). */
    private static List<String[]> rows(int first, int last) throws IOException {
        return Files.readAllLines(TestData.file("debian-l10n/kk-ru-en-first4000.tsv"), StandardCharsets.UTF_8)
                .subList(first - 1, last).stream().map(line -> line.split("\t")).toList();
    }

    private static LanguageCheck.Letters letters(List<String[]> rows, int column) {
        LanguageCheck.Letters letters = new LanguageCheck.Letters();
        rows.forEach(row -> letters.count(row[column]));
        return letters;
    }

    private static String text(List<String[]> rows, int column) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(row[column]).append('\n'));
        return text.toString();
    }

    @Test
    void aCreditsListWhoseSourceIsLatinNamesTooIsRussian() throws IOException {
        List<String[]> credits = rows(104, 113); // ten lines: nine names, one Cyrillic role
        Optional<String> problem = LanguageCheck.problem(text(credits, 2), letters(credits, 2), RUSSIAN,
                () -> letters(credits, 1));
        assertEquals(Optional.empty(), problem);
    }

    @Test
    void englishGivenAsRussianIsStillRefusedWhateverTheSource() throws IOException {
        List<String[]> credits = rows(104, 113);
        List<String[]> menus = rows(18, 40);
        assertTrue(LanguageCheck.problem(text(menus, 3), letters(menus, 3), RUSSIAN, () -> letters(menus, 1))
                .orElseThrow().startsWith("expected ru in Cyrillic script"));
        // With the credits list as the source the bar is lowered, but English has no Cyrillic to reach it.
        assertTrue(LanguageCheck.problem(text(menus, 3), letters(menus, 3), RUSSIAN, () -> letters(credits, 1))
                .isPresent());
    }
}
