package org.tilmash.coverage;

import java.util.List;

/** GitHub-flavoured Markdown for CI job summaries ($GITHUB_STEP_SUMMARY, GitLab/Gitea comments). */
final class MarkdownReport implements ReportWriter {

    @Override
    public String render(CoverageReport report, GateResult gate) {
        StringBuilder out = new StringBuilder("## ");
        out.append(gate.verdicts().isEmpty() ? "" : gate.passed() ? "✅ " : "❌ ")
                .append(ReportTables.heading(report, gate).replace("\"", "&quot;")).append("\n\n");
        if (!gate.verdicts().isEmpty()) {
            gate.verdicts().forEach(v -> out.append("- ").append(v.passed() ? "✅ " : "❌ ")
                    .append(escape(v.describe())).append('\n'));
            out.append('\n');
        }
        table(out, ReportTables.LANGUAGE_HEADER, ReportTables.languageRows(report, gate));
        if (!report.invalidFiles().isEmpty()) {
            out.append("\n### Invalid files (").append(report.invalidFiles().size()).append(")\n\n");
            report.invalidFiles().forEach(f -> out.append("- `").append(f.describe().replace("`", "'"))
                    .append("`\n"));
        }
        if (!report.files().isEmpty()) {
            out.append("\n<details><summary>Files (").append(report.files().size()).append(")</summary>\n\n");
            table(out, ReportTables.FILE_HEADER, ReportTables.fileRows(report, gate));
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        row(out, header);
        out.append("|").append("---|".repeat(header.size())).append('\n');
        rows.forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(escape(c)).append(" |"));
        out.append('\n');
    }

    /** Cells and list items are plain text: neutralise the characters Markdown would read as markup. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("`", "\\`");
    }
}
