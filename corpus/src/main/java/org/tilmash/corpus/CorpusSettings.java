package org.tilmash.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * What one corpus job does.
 *
 * @param inputs      the INPUTs as given: local paths, or URIs ({@link CorpusInputs})
 * @param master      the Spark master URL, or null for spark-submit's (else the embedded {@code local[*]})
 * @param partitions  number of Spark partitions, or 0 to choose from the corpus size and the parallelism
 * @param maxFailures stop once more documents than this have failed; negative: never stop
 * @param pipeline    the options of {@code run} every document goes through with
 */
record CorpusSettings(List<String> inputs, Path out, String master, int partitions, long maxFailures, boolean resume,
                      long shardUnits, PipelineOptions pipeline) {
}
