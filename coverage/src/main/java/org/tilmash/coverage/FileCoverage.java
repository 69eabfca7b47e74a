package org.tilmash.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one file, per target language (BCP 47 tags as Okapi's {@code LocaleId} normalises them).
 *
 * @param format e.g. {@code xliff-1.2}, {@code xliff-2.1}, {@code tmx-1.4}
 */
public record FileCoverage(Path file, String format, List<String> sourceLanguages,
                           Map<String, LanguageCoverage> languages) {
    public FileCoverage {
        sourceLanguages = List.copyOf(sourceLanguages);
        languages = Collections.unmodifiableMap(new TreeMap<>(languages));
    }
}
