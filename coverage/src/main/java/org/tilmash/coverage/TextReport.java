package org.tilmash.coverage;

import java.util.List;

/** The human table for a terminal: aligned columns, then invalid files and the gate's verdict. */
final class TextReport implements ReportWriter {

    @Override
    public String render(CoverageReport report, GateResult gate) {
        StringBuilder out = new StringBuilder();
        out.append(ReportTables.heading(report, gate)).append("\n\n");
        table(out, ReportTables.LANGUAGE_HEADER, ReportTables.languageRows(report, gate));
        if (!report.files().isEmpty()) {
            out.append('\n');
            table(out, ReportTables.FILE_HEADER, ReportTables.fileRows(report, gate));
        }
        if (!report.invalidFiles().isEmpty()) {
            out.append("\ninvalid files (").append(report.invalidFiles().size()).append("):\n");
            report.invalidFiles().forEach(f -> out.append("  ").append(f.describe()).append('\n'));
        }
        if (!gate.verdicts().isEmpty()) {
            out.append("\ngate: ").append(gate.passed() ? "passed" : "FAILED").append('\n');
            gate.verdicts().forEach(v -> out.append("  ").append(v.describe()).append('\n'));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, header, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length() + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
