package org.tilmash.tmx.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tilmash.core.LanguageTags;

/**
 * One {@code <tu>}: its source text, every other variant in document order, and its properties.
 *
 * @param line     where the {@code <tu>} starts (1-based), for messages about it
 * @param tuid     the {@code tuid} attribute, or null
 * @param source   the text of the source-language variant, without the content of its inline codes
 * @param variants the other variants (language as written in {@code xml:lang}, text)
 * @param props    {@code <prop type="...">} values; for a repeated type the last one
 */
public record TmxUnit(int line, String tuid, String source, List<Variant> variants, Map<String, String> props) {

    /** A {@code <tuv>}: its language as written and the text of its {@code <seg>}. */
    public record Variant(String language, String text) {
    }

    /** The first non-empty variant in the language of {@code tag}, compared by primary subtag ({@code ru} = {@code RU-ru}). */
    public Optional<String> text(String tag) {
        String wanted = LanguageTags.primary(tag);
        return variants.stream()
                .filter(v -> LanguageTags.primary(v.language()).equals(wanted) && !v.text().isEmpty())
                .map(Variant::text)
                .findFirst();
    }
}
