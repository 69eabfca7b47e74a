package org.tilmash.steps.leverage;

import org.tilmash.tmx.connector.MemoryConnectorParameters;
import org.tilmash.tmx.connector.TilmashMemoryConnector;

/**
 * The settings of {@link MemoryLeverageStep}: the connector's (which memory, how matches name it; an empty memory
 * directory means no memory, and the step passes events on) and the lowest fuzzy score offered.
 */
public final class LeverageParameters extends MemoryConnectorParameters {

    private static final String FUZZY_THRESHOLD = "fuzzyThreshold";
    private static final String WHOLE_PARAGRAPHS = "wholeParagraphs";

    @Override
    public void reset() {
        super.reset();
        setFuzzyThreshold(TilmashMemoryConnector.DEFAULT_THRESHOLD);
        setWholeParagraphs(true);
    }

    /** Whether a paragraph of several segments is first looked up whole (then filled as one unit). */
    public boolean getWholeParagraphs() {
        return getBoolean(WHOLE_PARAGRAPHS);
    }

    public void setWholeParagraphs(boolean wholeParagraphs) {
        setBoolean(WHOLE_PARAGRAPHS, wholeParagraphs);
    }

    /** The lowest fuzzy score (0..100) offered as a suggestion. */
    public int getFuzzyThreshold() {
        return getInteger(FUZZY_THRESHOLD);
    }

    public void setFuzzyThreshold(int threshold) {
        setInteger(FUZZY_THRESHOLD, threshold);
    }
}
