package org.tilmash.steps.segment;

import net.sf.okapi.common.StringParameters;

/** The settings of the steps that segment with SRX rules: which rules. */
public class SegmentationParameters extends StringParameters {

    private static final String SRX_PATH = "srxPath";

    @Override
    public void reset() {
        super.reset();
        setSrxPath("");
    }

    /** An SRX 2.0 file replacing tilmash's own rules; empty: tilmash's rules ({@code tilmash.srx}). */
    public String getSrxPath() {
        return getString(SRX_PATH);
    }

    public void setSrxPath(String path) {
        setString(SRX_PATH, path);
    }

    /** The rules these parameters name. */
    public SegmentationRules rules(String rootDirectory) {
        return SegmentationRules.named(getSrxPath(), rootDirectory);
    }
}
