package org.tilmash.coverage;

import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.XMLConstants;
import org.tilmash.core.XmlInput;

/**
 * XLIFF 1.2 (and 1.0/1.1, which share its trans-unit model). A unit is a {@code <trans-unit>}, whatever segments
 * ({@code <seg-source>}, {@code <mrk mtype="seg">}) it holds. Its language is the target's {@code xml:lang}, else
 * the {@code <file>}'s {@code target-language}. Only the direct {@code <source>} and {@code <target>} children are
 * read: the ones inside {@code <alt-trans>} are suggestions, not the translation.
 */
final class Xliff1Reader implements FormatReader {
    static final String NO_TARGET = "no-target";
    /** The XLIFF 1.2 state values; custom ones must start with "x-". */
    private static final Set<String> STATES = Set.of("final", "needs-adaptation", "needs-l10n",
            "needs-review-adaptation", "needs-review-l10n", "needs-review-translation", "needs-translation", "new",
            "signed-off", "translated");

    @Override
    public void read(XMLStreamReader r, FileTally tally) throws XMLStreamException, InvalidFileException {
        String ns = r.getNamespaceURI();
        TranslateScope scope = new TranslateScope();
        String sourceLanguage = null;
        String targetLanguage = null;
        while (r.hasNext()) {
            int event = r.next();
            boolean ours = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                    && Objects.equals(ns, r.getNamespaceURI());
            if (!ours) {
                continue;
            }
            String name = r.getLocalName();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (name) {
                    case "file" -> {
                        scope.enter(r);
                        sourceLanguage = tally.language(r.getAttributeValue(null, "source-language"),
                                "source-language on <file>", r.getLocation().getLineNumber(),
                                r.getLocation().getColumnNumber());
                        tally.sourceLanguage(sourceLanguage);
                        String target = r.getAttributeValue(null, "target-language");
                        targetLanguage = target == null || target.isBlank() ? null : tally.normalize(target);
                    }
                    case "group" -> scope.enter(r);
                    case "trans-unit" -> {
                        scope.enter(r);
                        readUnit(r, tally, sourceLanguage, targetLanguage, scope.translatable());
                        scope.leave();
                    }
                    case "bin-unit", "header" -> XmlInput.skipElement(r);
                    default -> {
                        // body and extension elements: keep streaming
                    }
                }
            } else if (name.equals("file") || name.equals("group")) {
                scope.leave();
            }
        }
    }

    private void readUnit(XMLStreamReader r, FileTally tally, String sourceLanguage, String fileTarget,
                          boolean translatable) throws XMLStreamException, InvalidFileException {
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        boolean approved = "yes".equals(r.getAttributeValue(null, "approved"));
        InlineText source = null;
        InlineText target = null;
        String state = NO_TARGET;
        String targetLanguage = fileTarget;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals("source") && source == null) {
                source = InlineText.read(r);
            } else if (name.equals("target") && target == null) {
                String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                if (lang != null && !lang.isBlank()) {
                    targetLanguage = tally.normalize(lang);
                }
                state = stateOf(r);
                target = InlineText.read(r);
            } else {
                XmlInput.skipElement(r);
            }
        }
        if (source == null) {
            throw new InvalidFileException("<trans-unit> without <source>", line, column);
        }
        if (targetLanguage == null) {
            throw new InvalidFileException("missing target-language on <file> (and no xml:lang on <target>)",
                    line, column);
        }
        if (!translatable) {
            return;
        }
        boolean nonEmpty = target != null && target.nonEmpty();
        tally.target(targetLanguage).addUnit(tally.words(source.text(), sourceLanguage),
                tally.policy().isTranslated(state, approved, nonEmpty), approved && nonEmpty, state);
    }

    private static String stateOf(XMLStreamReader r) throws InvalidFileException {
        String state = r.getAttributeValue(null, "state");
        if (state == null) {
            return TranslatedPolicy.NO_STATE;
        }
        if (!STATES.contains(state) && !state.startsWith("x-")) {
            throw InvalidFileException.at(r, "state=\"" + state + "\" is not an XLIFF 1.2 state (nor a custom x- one)");
        }
        return state;
    }
}
