package org.tilmash.corpus;

import java.io.Serializable;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;

/**
 * The options of {@code run} that every document of a corpus goes through with, sent to the tasks (the builder itself
 * is not serializable).
 *
 * @param srx           SRX rules replacing tilmash's own (an absolute path every worker can read), or "" for them
 * @param repair        whether the Kazakh text is repaired ({@code run} without {@code --no-repair})
 * @param minConfidence {@code run}'s {@code --min-confidence}
 * @param generated     the time every document's report gives (the job's start, or {@code SOURCE_DATE_EPOCH})
 */
record PipelineOptions(String srx, boolean repair, double minConfidence, String generated) implements Serializable {

    /** The builder {@code run} configures with the same options. */
    TilmashPipelineBuilder builder() {
        return new TilmashPipelineBuilder().srx(srx).repair(repair).minConfidence(minConfidence);
    }
}
