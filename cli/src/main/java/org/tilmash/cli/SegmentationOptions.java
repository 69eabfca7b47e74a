package org.tilmash.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that decide how a document is cut into segments; shared by {@code run} and {@code segment}. */
final class SegmentationOptions {

    @Option(names = "--srx", paramLabel = "FILE",
            description = "SRX 2.0 rules to segment with, replacing tilmash's own (language maps kk, ru, en).")
    Path srx;

    @Option(names = "--no-repair", description = "Do not repair the Kazakh text (line breaks, hyphenation, "
            + "mixed-script words, spaces) before segmentation.")
    boolean noRepair;

    Optional<Path> srxFile() {
        if (srx != null && !java.nio.file.Files.isRegularFile(srx)) {
            throw new UserError(ExitCode.BAD_INPUT, srx + ": no such SRX file");
        }
        return Optional.ofNullable(srx);
    }
}
