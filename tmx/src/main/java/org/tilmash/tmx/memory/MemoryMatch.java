package org.tilmash.tmx.memory;

/**
 * A translation found in a memory.
 *
 * @param source    the memory's source text, in its {@link MatchKey} form
 * @param target    the translation, verbatim
 * @param language  the translation's language (primary subtag)
 * @param score     0..100; 100 for an exact match
 * @param exact     whether the sources are equal after {@link MatchKey} normalization
 * @param inContext an exact match whose preceding segment was also the same
 * @param origin    where the entry came from (a TMX or XLIFF file name)
 */
public record MemoryMatch(String source, String target, String language, double score, boolean exact,
        boolean inContext, String origin) {
}
