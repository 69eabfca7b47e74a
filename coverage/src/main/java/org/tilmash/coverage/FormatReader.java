package org.tilmash.coverage;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams one format's document, from its root START_ELEMENT to the end, into a {@link FileTally}. */
interface FormatReader {
    void read(XMLStreamReader r, FileTally tally) throws XMLStreamException, InvalidFileException;
}
