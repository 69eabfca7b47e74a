package org.tilmash.tmx.memory;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A source as the memory indexes it: its {@link MatchKey} form and the distinct n-grams of that key
 * ({@link FuzzySearch#grams}). Made once per TMX unit and shared by the unit's entries in every language: the source
 * is analyzed once, not once per language index, and the number of its n-grams (which the fuzzy score needs) comes
 * with it.
 */
record IndexedSource(String key, List<String> grams) {

    static IndexedSource of(String source) {
        String key = MatchKey.of(source);
        return new IndexedSource(key, List.copyOf(FuzzySearch.grams(key)));
    }

    /** The n-grams as the tokens of a pre-analyzed field; each document needs a stream of its own. */
    TokenStream tokens() {
        return new Grams(grams);
    }

    /** A token stream over n-grams analyzed already: the analyzer's output, replayed. */
    private static final class Grams extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> grams;
        private int next;

        Grams(List<String> grams) {
            this.grams = grams;
        }

        @Override
        public boolean incrementToken() {
            if (next == grams.size()) {
                return false;
            }
            clearAttributes();
            term.append(grams.get(next++));
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
