package org.tilmash.steps.leverage;

import org.tilmash.tmx.connector.MemoryConnectorParameters;
import org.tilmash.tmx.connector.TilmashMemoryConnector;

/**
 * The settings of {@link MemoryLeverageStep}: the connector's (which memory, how matches name it; an empty memory
 * directory means no memory, and the step passes events on) and the lowest fuzzy score offered.
 */
public final class LeverageParameters extends MemoryConnectorParameters {

    private static final String FUZZY_THRESHOLD = "fuzzyThreshold";

    @Override
    public void reset() {
        super.reset();
        setFuzzyThreshold(TilmashMemoryConnector.DEFAULT_THRESHOLD);
    }

    /** The lowest fuzzy score (0..100) offered as a suggestion. */
    public int getFuzzyThreshold() {
        return getInteger(FUZZY_THRESHOLD);
    }

    public void setFuzzyThreshold(int threshold) {
        setInteger(FUZZY_THRESHOLD, threshold);
    }
}
