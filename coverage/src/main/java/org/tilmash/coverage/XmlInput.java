package org.tilmash.coverage;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX plumbing shared by the readers: a hardened factory and the helpers every reader needs. */
final class XmlInput {
    /**
     * The JDK's own StAX implementation (not whatever else is on the class path, e.g. Woodstox via Okapi filters),
     * so error messages and behaviour are the same everywhere. DTDs are not processed and external entities are
     * never resolved: a TMX {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">} is ignored instead of fetched, and an
     * entity declared in a DTD is an error instead of a file read.
     */
    private static final XMLInputFactory FACTORY = createFactory();

    private XmlInput() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity not allowed: " + systemId);
        });
        return factory;
    }

    /** A reader that takes the encoding from the XML declaration (UTF-8 by default). */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Skips the element the reader is on (at its START_ELEMENT), leaving the reader on its END_ELEMENT. */
    static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The value of an attribute without namespace, or null. */
    static String attribute(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name);
    }

    static String xmlLang(XMLStreamReader r) {
        return r.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
    }

    static InvalidFileException invalid(XMLStreamReader r, String message) {
        Location at = r.getLocation();
        return new InvalidFileException(message, at.getLineNumber(), at.getColumnNumber());
    }

    /** A parse error as "malformed XML: what", with the parser's line and column. */
    static InvalidFileException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        // The JDK parser prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the location is reported separately.
        int cut = message == null ? -1 : message.indexOf("Message: ");
        String what = cut >= 0 ? message.substring(cut + "Message: ".length()) : String.valueOf(message);
        return new InvalidFileException("malformed XML: " + what.strip(),
                at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    }
}
