package org.tilmash.steps.align;

import java.net.URI;
import java.util.List;

/**
 * The alignment step's first pass: reads a source document and returns its segments as sentences, in the order
 * and with the text that the pipeline's own reading steps (filter, repair, segmentation) give them. Alignment
 * needs the whole document, and holding the whole document's events until its end would take memory in
 * proportion to the document; instead the step reads this compact list first and fills the units as they stream
 * by.
 */
@FunctionalInterface
interface SourceSentenceReader {

    /** The source segments of every paragraph unit, numbered by paragraph from 0. */
    List<Sentence> read(URI document);
}
