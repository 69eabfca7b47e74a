package org.tilmash.coverage;

/** Renders a scan and its gate verdict in one output format. Reports are O(files), so a String is fine. */
interface ReportWriter {
    String render(CoverageReport report, GateResult gate);
}
