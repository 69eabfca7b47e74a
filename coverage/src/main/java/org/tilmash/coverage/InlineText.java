package org.tilmash.coverage;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The translatable text of a {@code <source>}, {@code <target>} or {@code <seg>}: character data of the element and
 * of its inline markup, without the native code carried by XLIFF 1.2 / TMX code elements (bpt, ept, it, ph, ut),
 * except the text of their {@code <sub>} flows, which is translatable.
 *
 * @param nonEmpty whether the element holds any non-whitespace text or any inline element (a target that is only a
 *                 placeholder is still a target)
 */
record InlineText(String text, boolean nonEmpty) {
    private static final Set<String> CODE_ELEMENTS = Set.of("bpt", "ept", "it", "ph", "ut");

    /** Reads from the element's START_ELEMENT to its END_ELEMENT. */
    static InlineText read(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean hasInline = readContent(r, text, false);
        return new InlineText(text.toString(), hasInline || !text.toString().isBlank());
    }

    /** Returns whether any child element was seen. */
    private static boolean readContent(XMLStreamReader r, StringBuilder text, boolean inCode)
            throws XMLStreamException {
        boolean hasInline = false;
        while (true) {
            switch (r.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!inCode) {
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    hasInline = true;
                    String name = r.getLocalName();
                    boolean childInCode = name.equals("sub") ? false : inCode || CODE_ELEMENTS.contains(name);
                    readContent(r, text, childInCode);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return hasInline;
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }
}
