package org.tilmash.steps.report;

import net.sf.okapi.common.annotation.IAnnotation;

/**
 * A step's contribution to the per-document part of {@code report.json}.
 *
 * <p>A step that has something to report attaches an implementation to the {@code Ending} resource of the
 * END_DOCUMENT event; the report step, last in the pipeline, collects every section it finds there. So steps
 * stay independent of the report and of each other: the event stream is the only channel.
 */
public interface ReportSection extends IAnnotation {

    /** The key of this section in the document's JSON object, e.g. {@code "repairs"} or {@code "alignment"}. */
    String sectionName();

    /** The value to serialize with Jackson (a record, a map, a list). */
    Object sectionValue();
}
