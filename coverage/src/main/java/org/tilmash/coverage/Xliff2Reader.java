package org.tilmash.coverage;

import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tilmash.core.XmlInput;

/**
 * XLIFF 2.0 and 2.1. A unit of count is a {@code <segment>} (not a {@code <unit>}): the state lives on the segment,
 * and a unit with one of two segments done is half done. {@code <ignorable>} is not counted. The target language is
 * the document's {@code trgLang}; a missing {@code state} means {@code initial}, as the specification says.
 */
final class Xliff2Reader implements FormatReader {
    private static final Set<String> STATES = Set.of("initial", "translated", "reviewed", "final");

    @Override
    public void read(XMLStreamReader r, FileTally tally) throws XMLStreamException, InvalidFileException {
        String ns = r.getNamespaceURI();
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        String sourceLanguage = tally.language(r.getAttributeValue(null, "srcLang"), "srcLang on <xliff>", line, column);
        String targetLanguage = tally.language(r.getAttributeValue(null, "trgLang"), "trgLang on <xliff>", line, column);
        tally.sourceLanguage(sourceLanguage);
        LanguageCoverage coverage = tally.target(targetLanguage);
        TranslateScope scope = new TranslateScope();
        while (r.hasNext()) {
            int event = r.next();
            boolean ours = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                    && Objects.equals(ns, r.getNamespaceURI());
            if (!ours) {
                continue;
            }
            String name = r.getLocalName();
            boolean scoped = name.equals("file") || name.equals("group") || name.equals("unit");
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (scoped) {
                    scope.leave();
                }
            } else if (scoped) {
                scope.enter(r);
            } else if (name.equals("segment")) {
                readSegment(r, tally, sourceLanguage, scope.translatable() ? coverage : null);
            } else if (name.equals("ignorable") || name.equals("originalData") || name.equals("notes")) {
                XmlInput.skipElement(r);
            }
        }
    }

    /** @param coverage where to count, or null when the segment is not translatable */
    private void readSegment(XMLStreamReader r, FileTally tally, String sourceLanguage, LanguageCoverage coverage)
            throws XMLStreamException, InvalidFileException {
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        String state = r.getAttributeValue(null, "state");
        if (state == null) {
            state = "initial";
        } else if (!STATES.contains(state)) {
            throw InvalidFileException.at(r, "state=\"" + state + "\" is not an XLIFF 2 state (initial, translated,"
                    + " reviewed, final)");
        }
        InlineText source = null;
        InlineText target = null;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (r.getLocalName().equals("source") && source == null) {
                source = InlineText.read(r);
            } else if (r.getLocalName().equals("target") && target == null) {
                target = InlineText.read(r);
            } else {
                XmlInput.skipElement(r);
            }
        }
        if (source == null) {
            throw new InvalidFileException("<segment> without <source>", line, column);
        }
        if (coverage == null) {
            return;
        }
        boolean nonEmpty = target != null && target.nonEmpty();
        coverage.addUnit(tally.words(source.text(), sourceLanguage),
                tally.policy().isTranslated(state, false, nonEmpty), false,
                target == null ? Xliff1Reader.NO_TARGET : state);
    }
}
