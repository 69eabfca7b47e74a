package org.tilmash.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What a run's pipeline is built from.
 *
 * @param outputDirectory where the files go
 * @param srx             SRX rules replacing tilmash's own, if given
 * @param repair          whether the Kazakh text-repair step runs
 * @param generated       the run's time stamp for report.json
 */
record PipelineSettings(Path outputDirectory, Optional<Path> srx, boolean repair, Instant generated) {
}
