package org.tilmash.steps.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the repaired segmentation of a file, one paragraph a line, " | " between segments (to draft a gold file). */
public final class PrintSegments {
    public static void main(String[] args) throws Exception {
        RepairAndSegment.Result result = RepairAndSegment.kazakh(Files.readString(Path.of(args[0])));
        for (List<String> paragraph : result.paragraphs()) {
            System.out.println(String.join(" | ", paragraph));
        }
        System.err.println(result.repairs());
    }
}
