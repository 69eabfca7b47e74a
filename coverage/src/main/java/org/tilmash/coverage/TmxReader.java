package org.tilmash.coverage;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.XMLConstants;
import org.tilmash.core.XmlInput;

/**
 * TMX 1.4b (and 1.1-1.4, same structure). The source is the {@code <tuv>} in the header's {@code srclang} (or the
 * {@code <tu>}'s own {@code srclang}), wherever it stands: unlike pocount we do not read the first tuv as source.
 * Every other language seen in the file is a target; each {@code <tu>} is a unit for each of them, translated for
 * language L when it has a non-empty {@code <seg>} in L. TMX has no states.
 */
final class TmxReader implements FormatReader {
    private static final String ALL = "*all*";

    private long units;
    private long sourceWords;
    private final Map<String, long[]> translated = new TreeMap<>();

    @Override
    public void read(XMLStreamReader r, FileTally tally) throws XMLStreamException, InvalidFileException {
        String headerSource = null;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "header" -> {
                    headerSource = sourceLanguage(r, tally, r.getAttributeValue(null, "srclang"), "srclang on <header>");
                    XmlInput.skipElement(r);
                }
                case "tu" -> {
                    if (headerSource == null) {
                        throw InvalidFileException.at(r, "<tu> before <header>");
                    }
                    String own = r.getAttributeValue(null, "srclang");
                    readUnit(r, tally, own == null ? headerSource : sourceLanguage(r, tally, own, "srclang on <tu>"));
                }
                default -> {
                    // tmx, body
                }
            }
        }
        for (Map.Entry<String, long[]> language : translated.entrySet()) {
            tally.target(language.getKey()).addTotals(units, sourceWords, language.getValue()[0],
                    language.getValue()[1]);
        }
    }

    private static String sourceLanguage(XMLStreamReader r, FileTally tally, String value, String what)
            throws InvalidFileException {
        if (ALL.equals(value)) {
            throw InvalidFileException.at(r, what + " is *all*: no single source language to count words in");
        }
        String tag = tally.language(value, what, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
        tally.sourceLanguage(tag);
        return tag;
    }

    private void readUnit(XMLStreamReader r, FileTally tally, String sourceLanguage)
            throws XMLStreamException, InvalidFileException {
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        InlineText source = null;
        Set<String> done = new HashSet<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("tuv")) {
                XmlInput.skipElement(r);
                continue;
            }
            String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            // TMX 1.1 and 1.2 name the attribute "lang"
            lang = tally.language(lang != null ? lang : r.getAttributeValue(null, "lang"), "xml:lang on <tuv>",
                    r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
            InlineText seg = readSeg(r);
            if (lang.equalsIgnoreCase(sourceLanguage)) {
                if (source == null) {
                    source = seg;
                }
            } else {
                translated.computeIfAbsent(lang, l -> new long[2]);
                if (seg.nonEmpty()) {
                    done.add(lang);
                }
            }
        }
        if (source == null) {
            throw new InvalidFileException("<tu> has no <tuv> in the source language " + sourceLanguage, line, column);
        }
        long words = tally.words(source.text(), sourceLanguage);
        units++;
        sourceWords += words;
        for (String lang : done) {
            long[] counts = translated.get(lang);
            counts[0]++;
            counts[1] += words;
        }
    }

    /** The text of the tuv's {@code <seg>}; the reader ends on the tuv's END_ELEMENT. */
    private static InlineText readSeg(XMLStreamReader r) throws XMLStreamException {
        InlineText seg = new InlineText("", false);
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (r.getLocalName().equals("seg")) {
                seg = InlineText.read(r);
            } else {
                XmlInput.skipElement(r);
            }
        }
        return seg;
    }
}
