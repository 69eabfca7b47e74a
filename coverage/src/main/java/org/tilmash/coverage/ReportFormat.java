package org.tilmash.coverage;

import java.util.Locale;

/** The output formats of {@code tilmash coverage --format}. */
public enum ReportFormat {
    TEXT(new TextReport()),
    JSON(new JsonReport()),
    MARKDOWN(new MarkdownReport()),
    JUNIT(new JunitReport());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    public String render(CoverageReport report, GateResult gate) {
        return writer.render(report, gate);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses text, json, markdown or junit (any case); {@link IllegalArgumentException} otherwise. */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected text, json, markdown or junit)");
    }
}
