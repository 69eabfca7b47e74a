package org.tilmash.steps.align;

import net.sf.okapi.common.StringParameters;
import org.tilmash.steps.segment.SegmentationRules;

/** The settings of {@link ParallelAlignmentStep}. */
public final class AlignmentParameters extends StringParameters {

    private static final String MIN_CONFIDENCE = "minConfidence";
    private static final String SRX_PATH = "srxPath";
    private static final String REPAIR = "repair";

    @Override
    public void reset() {
        super.reset();
        setMinConfidence(0);
        setSrxPath("");
        setRepair(true);
    }

    /** Whether translations go through the text-repair step, as the source does. */
    public boolean getRepair() {
        return getBoolean(REPAIR);
    }

    public void setRepair(boolean repair) {
        setBoolean(REPAIR, repair);
    }

    /** 0..1: a slot whose link is less confident stays empty (0: every link fills its slot). */
    public double getMinConfidence() {
        return Double.parseDouble(getString(MIN_CONFIDENCE));
    }

    public void setMinConfidence(double minConfidence) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minimum confidence must be within 0..1: " + minConfidence);
        }
        setString(MIN_CONFIDENCE, Double.toString(minConfidence));
    }

    /** The SRX file the source was segmented with (translations are cut the same way); empty: tilmash's rules. */
    public String getSrxPath() {
        return getString(SRX_PATH);
    }

    public void setSrxPath(String path) {
        setString(SRX_PATH, path);
    }

    public SegmentationRules rules(String rootDirectory) {
        return SegmentationRules.named(getSrxPath(), rootDirectory);
    }
}
