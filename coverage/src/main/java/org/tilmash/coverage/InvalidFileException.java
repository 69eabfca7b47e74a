package org.tilmash.coverage;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tilmash.core.XmlInput;

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

    /** A problem at the reader's current place. */
    static InvalidFileException at(XMLStreamReader r, String message) {
        Location at = r.getLocation();
        return new InvalidFileException(message, at.getLineNumber(), at.getColumnNumber());
    }

    /** A parse error as "malformed XML: what", with the parser's line and column. */
    static InvalidFileException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        return new InvalidFileException("malformed XML: " + XmlInput.problem(e),
                at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    }

    public int line() { return line; }

    public int column() { return column; }
}
