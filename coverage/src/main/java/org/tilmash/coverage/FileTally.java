package org.tilmash.coverage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import org.tilmash.core.LanguageTags;

/** Collects the counts of one file while a reader streams through it. */
final class FileTally {
    private final TranslatedPolicy policy;
    private final Set<String> sourceLanguages = new LinkedHashSet<>();
    private final Map<String, LanguageCoverage> languages = new TreeMap<>();
    private final Map<String, LocaleId> locales = new HashMap<>();
    /** Tags as written to tags normalised: not worth parsing again on every unit. */
    private final Map<String, String> tags = new HashMap<>();

    FileTally(TranslatedPolicy policy) {
        this.policy = policy;
    }

    TranslatedPolicy policy() {
        return policy;
    }

    /** Validates and normalises a language attribute, remembering where it came from for the error message. */
    String language(String value, String what, int line, int column) throws InvalidFileException {
        if (value == null || value.isBlank()) {
            throw new InvalidFileException("missing " + what, line, column);
        }
        return normalize(value);
    }

    String normalize(String tag) {
        return tags.computeIfAbsent(tag, LanguageTags::normalize);
    }

    void sourceLanguage(String tag) {
        sourceLanguages.add(tag);
    }

    LanguageCoverage target(String tag) {
        return languages.computeIfAbsent(tag, t -> new LanguageCoverage());
    }

    /** GMX-V word count through Okapi's word counter (tokenizer rules per language). */
    long words(String text, String languageTag) {
        if (text.isBlank()) {
            return 0;
        }
        return WordCounter.count(text, locales.computeIfAbsent(languageTag, LocaleId::fromBCP47));
    }

    FileCoverage result(Path file, String format) {
        return new FileCoverage(file, format, sourceLanguages.stream().toList(), languages);
    }
}
