package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlInputTest {

    @TempDir
    Path dir;

    private static String text(String xml) throws XMLStreamException {
        XMLStreamReader r = XmlInput.open(new StringReader(xml));
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.CHARACTERS) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }

    @Test
    void aDoctypeIsSkippedNotFetched() throws Exception {
        assertEquals("a", text("<!DOCTYPE tmx SYSTEM \"http://localhost:1/tmx14.dtd\"><tmx>a</tmx>"));
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><x>&xxe;</x>";
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> text(xml));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertTrue(XmlInput.problem(e).contains("xxe"), XmlInput.problem(e));
    }

    @Test
    void anInternalEntityIsNotExpanded() {
        String lol = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>";
        assertThrows(XMLStreamException.class, () -> text(lol));
    }

    @Test
    void theProblemIsOneLineWithoutTheLocationPrefix() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> text("<a>\n<b></a>"));
        String problem = XmlInput.problem(e);
        assertFalse(problem.contains("ParseError") || problem.contains("\n"), problem);
        assertEquals(2, e.getLocation().getLineNumber());
    }
}
