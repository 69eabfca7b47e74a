package org.tilmash.coverage;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamReader;

/**
 * The inherited {@code translate} attribute: {@code translate="no"} on a file, group or unit excludes the units
 * below it from every count (they are not meant to be translated; pocount skips them too).
 */
final class TranslateScope {
    private final Deque<Boolean> scopes = new ArrayDeque<>();

    /** Call at the START_ELEMENT of an element that may carry {@code translate}. */
    void enter(XMLStreamReader r) {
        String value = r.getAttributeValue(null, "translate");
        boolean inherited = scopes.isEmpty() || scopes.peek();
        scopes.push(value == null ? inherited : !value.trim().equalsIgnoreCase("no"));
    }

    /** Call at the matching END_ELEMENT. */
    void leave() {
        scopes.pop();
    }

    boolean translatable() {
        return scopes.isEmpty() || scopes.peek();
    }
}
