package org.tilmash.core;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way tilmash's own code reads XML: a StAX reader from a single hardened factory.
 *
 * <p>The JDK's built-in StAX implementation, chosen over Woodstox (which Okapi's filters bring onto the class path)
 * so that behaviour and messages do not depend on the class path. DTDs are not processed: a {@code <!DOCTYPE>} is
 * skipped, never fetched; an entity it declares is not defined, so a reference to it is an error, never a file or
 * URL read (XXE) nor an expansion (billion laughs). Any external resource the parser would still ask for is refused.
 */
public final class XmlInput {

    private static final XMLInputFactory FACTORY = createFactory();

    private XmlInput() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is never loaded");
        });
        return factory;
    }

    /** A reader that takes the encoding from the XML declaration (UTF-8 by default). */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** A reader of characters already decoded. */
    public static XMLStreamReader open(Reader in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Skips the element the reader is on (at its START_ELEMENT), leaving the reader on its END_ELEMENT. */
    public static void skipElement(XMLStreamReader r) throws XMLStreamException {
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

    /**
     * What a parse error says is wrong, on one line, without the "ParseError at [row,col]:[l,c] Message:" prefix
     * the JDK parser adds (callers report the location from {@link XMLStreamException#getLocation()}).
     */
    public static String problem(XMLStreamException e) {
        String message = e.getMessage();
        if (message == null) {
            return "malformed XML";
        }
        int cut = message.indexOf("Message: ");
        return (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).strip().replace('\n', ' ');
    }
}
