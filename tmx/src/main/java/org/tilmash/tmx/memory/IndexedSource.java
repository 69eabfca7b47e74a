package org.tilmash.tmx.memory;

import java.io.IOException;
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

    /**
     * A token stream over n-grams analyzed already: the analyzer's output, replayed as the tokens of a pre-analyzed
     * field. One per writer thread, reused by each document in turn (a stream per document cost as much as
     * replaying it).
     */
    static final class Tokens extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private List<String> grams = List.of();
        private int next;

        /** This stream, to replay the n-grams of {@code source}. */
        Tokens of(IndexedSource source) {
            grams = source.grams();
            next = 0;
            return this;
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
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
