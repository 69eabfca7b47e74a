package org.tilmash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a task returns for one document group: small, so that the driver streams them in document order.
 *
 * @param status   processed now, skipped because its outputs were complete ({@code --resume}), or failed
 * @param exitCode for a failure, the exit code {@code run} gives for it (3 bad input, 4 output, 70 internal)
 * @param message  for a failure, the one-line reason
 * @param targets  per target language (BCP 47), the document's figures; empty for a failure
 */
record DocumentResult(DocumentGroup group, Status status, int exitCode, String message,
                      Map<String, LanguageFigures> targets) implements Serializable {

    enum Status { DONE, RESUMED, FAILED }

    static DocumentResult failed(DocumentGroup group, int exitCode, String message) {
        return new DocumentResult(group, Status.FAILED, exitCode, message, Map.of());
    }

    /** From the report {@code run} wrote for the document alone. */
    static DocumentResult of(DocumentGroup group, Status status, JsonNode runReport) {
        JsonNode document = runReport.path("documents").path(0);
        Map<String, LanguageFigures> targets = new TreeMap<>();
        document.path("targets").fields().forEachRemaining(e -> targets.put(e.getKey(), LanguageFigures.of(
                e.getValue(), document.path("sections").path("alignment").path(e.getKey()))));
        return new DocumentResult(group, status, 0, null, targets);
    }

    boolean failed() {
        return status == Status.FAILED;
    }

    /** The exit class of a failure, as the README's exit codes name it. */
    String exitClass() {
        return switch (exitCode) {
            case 2 -> "usage";
            case 3 -> "bad input";
            case 4 -> "output";
            default -> "internal";
        };
    }
}
