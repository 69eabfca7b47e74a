package org.tilmash.steps.report;

import net.sf.okapi.common.StringParameters;

/** The settings of {@link ReportStep} when it writes the report itself (outside the {@code tilmash} command). */
public final class ReportParameters extends StringParameters {

    /** The report's file name, in the outputs' directory unless {@link #getReportPath()} says otherwise. */
    public static final String REPORT_FILE = "report.json";
    private static final String REPORT_PATH = "reportPath";
    private static final String GENERATED = "generated";

    @Override
    public void reset() {
        super.reset();
        setReportPath("");
        setGenerated("");
    }

    /** Where to write the report ({@code ${rootDir}} allowed); empty: {@value #REPORT_FILE} beside the outputs. */
    public String getReportPath() {
        return getString(REPORT_PATH);
    }

    public void setReportPath(String path) {
        setString(REPORT_PATH, path);
    }

    /** The report's time stamp (ISO 8601); empty: when the batch starts. */
    public String getGenerated() {
        return getString(GENERATED);
    }

    public void setGenerated(String generated) {
        setString(GENERATED, generated);
    }
}
