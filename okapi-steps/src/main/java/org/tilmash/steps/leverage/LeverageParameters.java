package org.tilmash.steps.leverage;

import net.sf.okapi.common.StringParameters;
import org.tilmash.tmx.connector.TilmashMemoryConnector;

/** The settings of {@link MemoryLeverageStep}: which memory, how it is named, and the lowest fuzzy score offered. */
public final class LeverageParameters extends StringParameters {

    private static final String MEMORY_DIRECTORY = "memoryDirectory";
    private static final String MEMORY_NAME = "memoryName";
    private static final String FUZZY_THRESHOLD = "fuzzyThreshold";

    @Override
    public void reset() {
        super.reset();
        setMemoryDirectory("");
        setMemoryName("");
        setFuzzyThreshold(TilmashMemoryConnector.DEFAULT_THRESHOLD);
    }

    /** A memory made by {@code tilmash tm import} ({@code ${rootDir}} allowed); empty: no memory, the step passes. */
    public String getMemoryDirectory() {
        return getString(MEMORY_DIRECTORY);
    }

    public void setMemoryDirectory(String directory) {
        setString(MEMORY_DIRECTORY, directory);
    }

    /** How the report and the fills name the memory; empty: the directory's name. */
    public String getMemoryName() {
        return getString(MEMORY_NAME);
    }

    public void setMemoryName(String name) {
        setString(MEMORY_NAME, name);
    }

    /** The lowest fuzzy score (0..100) offered as a suggestion. */
    public int getFuzzyThreshold() {
        return getInteger(FUZZY_THRESHOLD);
    }

    public void setFuzzyThreshold(int threshold) {
        setInteger(FUZZY_THRESHOLD, threshold);
    }
}
