package org.tilmash.corpus;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** The units of a TMX file, each as one string: tuid, then every variant's language and text. */
final class Tmx {

    private Tmx() {
    }

    static List<String> units(Path file) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<String> units = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            StringBuilder unit = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    if (xml.isEndElement() && xml.getLocalName().equals("tu")) {
                        units.add(unit.toString());
                    }
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "tu" -> unit = new StringBuilder(xml.getAttributeValue(null, "tuid"));
                    case "tuv" -> unit.append(" | ").append(xml.getAttributeValue(0)).append(": ");
                    case "seg" -> appendContent(xml, unit);
                    default -> { }
                }
            }
        }
        return units;
    }

    /** The text of a {@code <seg>}, inline codes ({@code <ph>}, {@code <bpt>}...) written as tags with their text. */
    private static void appendContent(XMLStreamReader xml, StringBuilder unit) throws Exception {
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    unit.append('<').append(xml.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    unit.append(depth > 0 ? "</" + xml.getLocalName() + ">" : "");
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        unit.append(xml.getText());
                default -> { }
            }
        }
    }
}
