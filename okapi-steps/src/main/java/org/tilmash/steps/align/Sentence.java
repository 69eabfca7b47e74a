package org.tilmash.steps.align;

/**
 * One sentence of a document to align.
 *
 * @param text      the sentence text (plain, without inline codes)
 * @param paragraph the index of the paragraph holding it; only compared for equality with its neighbours', so
 *                  any numbering that increases through the document will do
 */
public record Sentence(String text, int paragraph) {
}
