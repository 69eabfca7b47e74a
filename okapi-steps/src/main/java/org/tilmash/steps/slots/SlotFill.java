package org.tilmash.steps.slots;

import net.sf.okapi.common.annotation.IAnnotation;

/**
 * Where the text of a filled translation slot came from. Attached to the target {@code Segment} by the step
 * that fills it; the writers and the report read it. A slot without this annotation and with empty text is
 * untranslated.
 *
 * @param origin     the kind of source
 * @param confidence 0..1: the aligner's link confidence; 1 for exact memory matches and merged translations
 * @param detail     free text shown to reviewers, e.g. the link type {@code "2-1"} or the memory's file name
 */
public record SlotFill(Origin origin, double confidence, String detail) implements IAnnotation {

    /** The kinds of source a slot can be filled from. */
    public enum Origin {
        /** sentence alignment with a parallel document */
        ALIGNED,
        /** an exact match from a translation memory */
        MEMORY_EXACT,
        /** a translation returned from a CAT tool and merged back */
        MERGED
    }
}
