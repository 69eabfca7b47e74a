package org.tilmash.steps.write;

import net.sf.okapi.common.StringParameters;

/** The settings of {@link XliffWriterStep}: which XLIFF version it writes. */
public final class XliffWriterParameters extends StringParameters {

    public static final String XLIFF_1_2 = "1.2";
    private static final String VERSION = "version";

    @Override
    public void reset() {
        super.reset();
        setVersion(XLIFF_1_2);
    }

    /** {@value #XLIFF_1_2} (the default) or {@value Xliff2TargetWriter#VERSION}. */
    public String getVersion() {
        return getString(VERSION);
    }

    public void setVersion(String version) {
        setString(VERSION, version);
    }
}
