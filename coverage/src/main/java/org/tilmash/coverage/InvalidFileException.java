package org.tilmash.coverage;

/** A file that cannot be counted: malformed XML, an unknown format or version, a missing language. */
public final class InvalidFileException extends Exception {
    private final int line;
    private final int column;

    /** @param line 1-based, or 0 when unknown */
    public InvalidFileException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
