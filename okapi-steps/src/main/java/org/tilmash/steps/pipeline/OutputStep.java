package org.tilmash.steps.pipeline;

import net.sf.okapi.common.pipeline.IPipelineStep;

/**
 * A step that writes what it is given (the writers, the report) and sends every event on as it came: it changes
 * nothing that a later step sees. A run moves the output steps at the end of its pipeline behind the others
 * ({@link QueuedStep}).
 */
public interface OutputStep extends IPipelineStep {
}
