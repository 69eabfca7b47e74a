package org.tilmash.steps.align;

import org.tilmash.steps.segment.SegmentationParameters;

/**
 * The settings of {@link ParallelAlignmentStep}: the source's segmentation rules (translations are cut the same
 * way), whether translations are repaired as the source is, and the minimum confidence of a link that fills a slot.
 */
public final class AlignmentParameters extends SegmentationParameters {

    private static final String MIN_CONFIDENCE = "minConfidence";
    private static final String REPAIR = "repair";

    @Override
    public void reset() {
        super.reset();
        setMinConfidence(0);
        setRepair(true);
    }

    /** 0..1: a slot whose link is less confident stays empty (0: every link fills its slot). */
    public double getMinConfidence() {
        return Double.parseDouble(getString(MIN_CONFIDENCE));
    }

    public void setMinConfidence(double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be within 0..1: " + minConfidence);
        }
        setString(MIN_CONFIDENCE, Double.toString(minConfidence));
    }

    /** Whether translations go through the text-repair step, as the source does. */
    public boolean getRepair() {
        return getBoolean(REPAIR);
    }

    public void setRepair(boolean repair) {
        setBoolean(REPAIR, repair);
    }
}
