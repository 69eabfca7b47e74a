package org.tilmash.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimum coverage per language, e.g. {@code ru=95,en=80}: percent of source words (default) or of units.
 * <pre>
 *   CoverageGate gate = CoverageGate.parse("ru=95,en=80", Basis.WORDS);   // IllegalArgumentException: usage error
 *   GateResult result = gate.check(report);
 *   if (!result.passed()) result.failureLines().forEach(System.err::println);   // exit 1
 * </pre>
 */
public final class CoverageGate {
    private static final Pattern ENTRY =
            Pattern.compile("([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\\s*=\\s*(\\d+(?:\\.\\d+)?)\\s*%?");
    private static final int WORST_FILES = 3;

    private final List<Threshold> thresholds;
    private final Basis basis;

    private CoverageGate(List<Threshold> thresholds, Basis basis) {
        this.thresholds = List.copyOf(thresholds);
        this.basis = basis;
    }

    /** A gate with no thresholds: it always passes (reports still show the basis). */
    public static CoverageGate none(Basis basis) {
        return new CoverageGate(List.of(), basis);
    }

    /**
     * Parses {@code LANG=PERCENT[,LANG=PERCENT...]}; percent from 0 to 100, decimals and a trailing % allowed.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is not of that form
     */
    public static CoverageGate parse(String spec, Basis basis) {
        Map<String, Threshold> byLanguage = new LinkedHashMap<>();
        for (String entry : spec.split(",", -1)) {
            Matcher m = ENTRY.matcher(entry.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("invalid coverage minimum '" + entry.trim()
                        + "' in '" + spec + "' (expected LANG=PERCENT, e.g. ru=95,en=80)");
            }
            double percent = Double.parseDouble(m.group(2));
            if (percent > 100) {
                throw new IllegalArgumentException("coverage minimum " + m.group(2) + "% for " + m.group(1)
                        + " is above 100%");
            }
            String language = m.group(1);
            if (byLanguage.put(language.toLowerCase(Locale.ROOT), new Threshold(language, percent)) != null) {
                throw new IllegalArgumentException("language " + language + " appears twice in '" + spec + "'");
            }
        }
        return new CoverageGate(new ArrayList<>(byLanguage.values()), basis);
    }

    public List<Threshold> thresholds() {
        return thresholds;
    }

    public Basis basis() {
        return basis;
    }

    /** Checks every threshold against the report's totals. A threshold whose language no file has fails. */
    public GateResult check(CoverageReport report) {
        List<LanguageVerdict> verdicts = new ArrayList<>();
        for (Threshold threshold : thresholds) {
            LanguageCoverage sum = report.total(threshold::matches);
            boolean passed = sum.units() > 0 && threshold.reachedBy(sum.translated(basis), sum.total(basis));
            verdicts.add(new LanguageVerdict(threshold, basis, sum.units(), sum.translated(basis), sum.total(basis),
                    passed, passed ? List.of() : worstFiles(report, threshold)));
        }
        return new GateResult(basis, verdicts);
    }

    private List<LanguageVerdict.Shortfall> worstFiles(CoverageReport report, Threshold threshold) {
        List<LanguageVerdict.Shortfall> shortfalls = new ArrayList<>();
        for (FileCoverage file : report.files()) {
            file.languages().forEach((tag, counts) -> {
                long missing = counts.total(basis) - counts.translated(basis);
                if (threshold.matches(tag) && missing > 0) {
                    shortfalls.add(new LanguageVerdict.Shortfall(file.file(), tag, missing));
                }
            });
        }
        return shortfalls.stream()
                .sorted(Comparator.comparingLong(LanguageVerdict.Shortfall::untranslated).reversed()
                        .thenComparing(s -> s.file().toString()))
                .limit(WORST_FILES)
                .toList();
    }
}
