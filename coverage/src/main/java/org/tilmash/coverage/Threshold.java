package org.tilmash.coverage;

import java.util.Locale;
import org.tilmash.core.Coverage;
import org.tilmash.core.LanguageTags;

/**
 * A minimum coverage for a language. A threshold for a bare language ({@code ru}) covers every tag with that primary
 * subtag ({@code ru-RU}, {@code ru-KZ}); one with a region ({@code pt-BR}) covers that tag only.
 */
public record Threshold(String language, double minPercent) {

    public boolean matches(String tag) {
        return language.indexOf('-') < 0
                ? LanguageTags.primary(tag).equals(language.toLowerCase(Locale.ROOT))
                : LanguageTags.normalize(language).equalsIgnoreCase(tag);
    }

    /** True when {@code translated} of {@code total} reaches the minimum; nothing to translate passes. */
    boolean reachedBy(long translated, long total) {
        return Coverage.reaches(translated, total, minPercent);
    }
}
