package org.tilmash.tmx.connector;

import net.sf.okapi.common.StringParameters;

/**
 * The settings of {@link TilmashMemoryConnector}: where the memory is, and how matches name it.
 */
public class MemoryConnectorParameters extends StringParameters {

    private static final String MEMORY_DIRECTORY = "memoryDirectory";
    private static final String MEMORY_NAME = "memoryName";

    public MemoryConnectorParameters() {
        super();
    }

    public MemoryConnectorParameters(String data) {
        super(data);
    }

    @Override
    public void reset() {
        super.reset();
        setMemoryDirectory("");
        setMemoryName("");
    }

    /** The memory made by {@code tilmash tm import}; {@code ${rootDir}} stands for the pipeline's root directory. */
    public String getMemoryDirectory() {
        return getString(MEMORY_DIRECTORY);
    }

    public void setMemoryDirectory(String directory) {
        setString(MEMORY_DIRECTORY, directory);
    }

    /** The origin given to matches whose entry records none; empty: the directory's name. */
    public String getMemoryName() {
        return getString(MEMORY_NAME);
    }

    public void setMemoryName(String name) {
        setString(MEMORY_NAME, name);
    }
}
