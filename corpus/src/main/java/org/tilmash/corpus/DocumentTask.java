package org.tilmash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.io.file.PathUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.UserError;
import org.tilmash.core.Concurrently;
import org.tilmash.core.OutputTransaction;

/**
 * A Spark task over a partition of document groups: runs each through {@code run}'s pipeline, built once for the
 * partition ({@link GroupPipeline}), in a task-private staging
 * directory (remote files copied beside it: {@link RemoteCopies}), moves its outputs into {@code DIR/documents/} (the
 * report last: it marks them complete), and returns one small {@link DocumentResult} per group. A bad document is a
 * failed result, never a failed task.
 */
final class DocumentTask implements FlatMapFunction<Iterator<DocumentGroup>, DocumentResult> {

    static final String DOCUMENTS = "documents";
    static final String STAGING = ".staging";
    /** What the merge reads of each document, beside its report: the three TMX files. */
    static final List<String> TMX_SUFFIXES = List.of(".kk-ru.tmx", ".kk-en.tmx", ".tmx");
    private static final String REPORT_SUFFIX = ".report.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String out;
    private final String job;
    private final PipelineOptions options;
    private final boolean resume;
    private final LongAccumulator failures;
    private final CollectionAccumulator<DocumentResult> failedSoFar;
    private final Broadcast<SerializableWritable<Configuration>> hadoop;

    /**
     * @param failedSoFar where failures go as soon as a task ends, for {@code --max-failures}; null without it
     * @param hadoop      the driver's Hadoop configuration (with its {@code spark.hadoop.*} settings), to read remote
     *                    files with
     */
    DocumentTask(Path out, String job, PipelineOptions options, boolean resume, LongAccumulator failures,
                 CollectionAccumulator<DocumentResult> failedSoFar,
                 Broadcast<SerializableWritable<Configuration>> hadoop) {
        this.hadoop = hadoop;
        this.out = out.toAbsolutePath().toString();
        this.job = job;
        this.options = options;
        this.resume = resume;
        this.failures = failures;
        this.failedSoFar = failedSoFar;
    }

    static Path reportOf(Path out, DocumentGroup group) {
        return out.resolve(DOCUMENTS).resolve(group.outputs() + REPORT_SUFFIX);
    }

    static Path tmxOf(Path out, DocumentGroup group, String suffix) {
        return out.resolve(DOCUMENTS).resolve(group.outputs() + suffix);
    }

    @Override
    public Iterator<DocumentResult> call(Iterator<DocumentGroup> groups) {
        TaskContext task = TaskContext.get();
        Path staging = Path.of(out, STAGING, job, task.partitionId() + "-" + task.attemptNumber());
        // One pipeline for the whole partition: building it (steps, filters, rules) costs more than a small document.
        GroupPipeline pipeline = new GroupPipeline(options);
        // The task's cores (spark.task.cpus, 1 by default) run each document and its parts (Concurrently): a worker
        // given N cores keeps N busy, as run --threads N does.
        ForkJoinPool cores = Concurrently.pool(task.cpus(), "tilmash corpus task " + task.partitionId());
        task.addTaskCompletionListener((TaskCompletionListener) done -> {
            cores.shutdownNow();
            pipeline.close();
        });
        Stream<DocumentGroup> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, 0), false);
        return stream.map(group -> counted(Concurrently.submit(cores, () -> process(pipeline, group, staging))
                .result())).iterator();
    }

    private DocumentResult counted(DocumentResult result) {
        if (result.failed()) {
            failures.add(1);
            if (failedSoFar != null) {
                failedSoFar.add(result);
            }
        }
        return result;
    }

    DocumentResult process(GroupPipeline pipeline, DocumentGroup group, Path staging) {
        if (group.problem() != null) {
            return DocumentResult.failed(group, ExitCode.BAD_INPUT, group.problem());
        }
        Path root = Path.of(out);
        Path report = reportOf(root, group);
        try {
            if (resume && complete(root, group)) {
                return DocumentResult.of(group, DocumentResult.Status.RESUMED, JSON.readTree(report.toFile()));
            }
            clean(staging);
            // Remote files are read from copies beside the staging directory (not in it: it holds only outputs).
            try (RemoteCopies copies = new RemoteCopies(staging.resolveSibling(staging.getFileName() + "-inputs"),
                    hadoop.value().value())) {
                GroupPipeline.Outcome outcome;
                try {
                    outcome = pipeline.run(copies.localGroup(group), staging, copies.shownAs());
                } catch (UserError e) {
                    return DocumentResult.failed(group, e.exitCode(), e.getMessage());
                }
                if (outcome.exitCode() != ExitCode.OK) {
                    return DocumentResult.failed(group, outcome.exitCode(), copies.withUris(outcome.error()));
                }
                JsonNode runReport = JSON.readTree(staging.resolve("report.json").toFile());
                String translationProblem = translationProblem(runReport);
                if (translationProblem != null) {
                    return DocumentResult.failed(group, ExitCode.BAD_INPUT, translationProblem);
                }
                promote(staging, report);
                return DocumentResult.of(group, DocumentResult.Status.DONE, runReport);
            }
        } catch (IOException | UncheckedIOException e) {
            return DocumentResult.failed(group, ExitCode.OUTPUT, "cannot write its outputs under " + root
                    + ": " + e.getMessage());
        } finally {
            try {
                clean(staging);
            } catch (IOException ignored) {
                // The whole job's staging directory is removed at the end.
            }
        }
    }

    private static boolean complete(Path out, DocumentGroup group) {
        return Files.isRegularFile(reportOf(out, group))
                && TMX_SUFFIXES.stream().allMatch(suffix -> Files.isRegularFile(tmxOf(out, group, suffix)));
    }

    /**
     * A translation given but not usable (missing, empty, undecodable, in the wrong language): {@code run} warns and
     * leaves its slots empty; in a corpus the group is bad input, recorded so that it can be fixed.
     */
    private static String translationProblem(JsonNode runReport) {
        JsonNode alignment = runReport.path("documents").path(0).path("sections").path("alignment");
        for (Iterator<Map.Entry<String, JsonNode>> it = alignment.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> language = it.next();
            JsonNode warning = language.getValue().path("warning");
            if (warning.isTextual()) {
                return language.getValue().path("translation").asText() + ": " + language.getKey() + ": "
                        + warning.asText();
            }
        }
        return null;
    }

    /** Moves every output into place, the report last (a rerun with --resume trusts only complete outputs). */
    private static void promote(Path staging, Path report) throws IOException {
        Path directory = report.getParent();
        Files.createDirectories(directory);
        Files.deleteIfExists(report);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.sorted().toList()) {
                if (!file.getFileName().toString().equals("report.json")) {
                    OutputTransaction.move(file, directory.resolve(file.getFileName().toString()));
                }
            }
        }
        OutputTransaction.move(staging.resolve("report.json"), report);
    }

    private static void clean(Path directory) throws IOException {
        if (Files.exists(directory)) {
            PathUtils.deleteDirectory(directory);
        }
    }
}
