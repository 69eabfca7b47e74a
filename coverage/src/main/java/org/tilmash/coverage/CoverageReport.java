package org.tilmash.coverage;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** What a scan found: the counted files, the files that could not be counted, and the policy used. */
public record CoverageReport(List<FileCoverage> files, List<InvalidFile> invalidFiles, TranslatedPolicy policy) {
    public CoverageReport {
        files = List.copyOf(files);
        invalidFiles = List.copyOf(invalidFiles);
    }

    /** Counters summed over all files, per target language, in tag order. */
    public Map<String, LanguageCoverage> totals() {
        Map<String, LanguageCoverage> totals = new TreeMap<>();
        for (FileCoverage file : files) {
            file.languages().forEach((tag, counts) -> totals.computeIfAbsent(tag, t -> new LanguageCoverage())
                    .add(counts));
        }
        return Collections.unmodifiableMap(totals);
    }

    /** Counters summed over all files and all target languages the predicate accepts. */
    public LanguageCoverage total(Predicate<String> language) {
        LanguageCoverage sum = new LanguageCoverage();
        for (FileCoverage file : files) {
            file.languages().forEach((tag, counts) -> {
                if (language.test(tag)) {
                    sum.add(counts);
                }
            });
        }
        return sum;
    }
}
