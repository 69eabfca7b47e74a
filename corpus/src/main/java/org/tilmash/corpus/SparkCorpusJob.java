package org.tilmash.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import org.apache.commons.io.file.PathUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.UserError;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.slots.Languages;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;

/**
 * The corpus job on Apache Spark. The driver lists the groups (names only), sorted by key, and hands contiguous
 * ranges of them to tasks ({@link DocumentTask}); the results, kept by Spark (memory, then disk), come back to the
 * driver one partition at a time, in corpus order, and are merged as they stream: TMX, shards, report, failures.
 * Embedded by default ({@code local[*]}); under {@code spark-submit} the master and the resources are spark-submit's.
 */
final class SparkCorpusJob {

    static final String EMBEDDED = "local[*]";
    private static final long POLL_MILLIS = 200;
    /** A task of about this many documents: short enough to balance the load and to stop soon on failures. */
    private static final int DOCUMENTS_PER_PARTITION = 50;

    private final CorpusSettings settings;

    SparkCorpusJob(CorpusSettings settings) {
        this.settings = settings;
    }

    /** Runs the job; returns the report's figures once every output is in place. */
    CorpusReport run() {
        Path out = settings.out().toAbsolutePath().normalize();
        String job = UUID.randomUUID().toString();
        // Local inputs are listed before Spark starts, so that a mistyped path fails at once. Remote ones need Spark's
        // Hadoop configuration (its spark.hadoop.* settings applied), which also reads remote files in the tasks,
        // broadcast as Spark ships Hadoop's.
        boolean remote = settings.inputs().stream().anyMatch(RemoteFiles::isRemote);
        List<DocumentGroup> local = remote ? null : groups(null);
        try (JavaSparkContext spark = new JavaSparkContext(sparkConf())) {
            spark.setLogLevel("WARN");
            List<DocumentGroup> groups = remote ? groups(spark.hadoopConfiguration()) : local;
            Broadcast<SerializableWritable<Configuration>> hadoop =
                    spark.broadcast(new SerializableWritable<>(spark.hadoopConfiguration()));
            LongAccumulator failures = spark.sc().longAccumulator("failed documents");
            CollectionAccumulator<DocumentResult> failedSoFar = settings.maxFailures() >= 0
                    ? spark.sc().collectionAccumulator("failures") : null;
            int partitions = settings.partitions() > 0 ? settings.partitions()
                    : Math.max(1, Math.min(groups.size(), Math.max(spark.defaultParallelism() * 4,
                            groups.size() / DOCUMENTS_PER_PARTITION)));
            JavaRDD<DocumentResult> results = spark.parallelize(groups, partitions)
                    .mapPartitions(new DocumentTask(out, job, settings.pipeline(), settings.resume(), failures,
                            failedSoFar, hadoop))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                if (!processAll(results, failures)) {
                    writeFailuresOnly(out, failedSoFar.value());
                    throw tooManyFailures(out);
                }
                return merge(out, results.toLocalIterator());
            } finally {
                results.unpersist(false);
                deleteStaging(out.resolve(DocumentTask.STAGING).resolve(job));
            }
        }
    }

    /** The groups of the inputs; {@code hadoop} lists the remote ones (null when there is none). */
    private List<DocumentGroup> groups(Configuration hadoop) {
        List<DocumentGroup> groups = CorpusInputs.list(settings.inputs(), hadoop);
        if (groups.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, "no Kazakh document in " + settings.inputs());
        }
        return groups;
    }

    private SparkConf sparkConf() {
        SparkConf conf = new SparkConf().setAppName("tilmash corpus");
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(EMBEDDED);
        }
        if (conf.get("spark.master").startsWith("local")) {
            // Embedded: no web UI, no network beyond the loopback interface.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    /** Processes every group; false when more than --max-failures failed (the job is then cancelled). */
    private boolean processAll(JavaRDD<DocumentResult> results, LongAccumulator failures) {
        JavaFutureAction<Long> processing = results.countAsync();
        while (true) {
            try {
                processing.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return settings.maxFailures() < 0 || failures.value() <= settings.maxFailures();
            } catch (TimeoutException e) {
                if (settings.maxFailures() >= 0 && failures.value() > settings.maxFailures()) {
                    processing.cancel(true);
                    return false;
                }
            } catch (InterruptedException e) {
                processing.cancel(true);
                Thread.currentThread().interrupt();
                throw new UserError(ExitCode.INTERNAL, "interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("the Spark job failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private UserError tooManyFailures(Path out) {
        return new UserError(ExitCode.BAD_INPUT, "more than " + settings.maxFailures()
                + " documents failed (--max-failures): stopped, no corpus written; see "
                + out.resolve("failed.jsonl") + " (rerun with --resume to keep the documents done)");
    }

    /**
     * Streams the results in corpus order into the merged outputs. The dead-letter file is always kept; the corpus
     * files are committed only when the failures are within --max-failures.
     */
    private CorpusReport merge(Path out, Iterator<DocumentResult> results) {
        CorpusReport report = new CorpusReport(ToolVersion.get(), settings.pipeline().generated());
        String version = ToolVersion.get();
        String[] names = {"corpus.kk-ru.tmx", "corpus.kk-en.tmx", "corpus.tmx"};
        LocaleId[] targets = {Languages.RUSSIAN, Languages.ENGLISH, Languages.RUSSIAN};
        try (OutputTransaction corpus = new OutputTransaction(); OutputTransaction dead = new OutputTransaction()) {
            List<MergedTmx> merged = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                merged.add(new MergedTmx(corpus, out, names[i], targets[i], version, settings.shardUnits()));
            }
            Path failedFile = out.resolve("failed.jsonl");
            try (FailedLog failed = new FailedLog(failedFile, dead.stage(failedFile))) {
                while (results.hasNext()) {
                    DocumentResult result = results.next();
                    report.add(result);
                    if (result.failed()) {
                        failed.add(result);
                        continue;
                    }
                    for (int i = 0; i < merged.size(); i++) {
                        merged.get(i).append(DocumentTask.tmxOf(out, result.group(),
                                DocumentTask.TMX_SUFFIXES.get(i)));
                    }
                }
            } finally {
                merged.forEach(MergedTmx::close);
            }
            dead.commit();
            if (settings.maxFailures() >= 0 && report.failed() > settings.maxFailures()) {
                throw tooManyFailures(out);
            }
            Set<Path> shards = new HashSet<>();
            for (int i = 0; i < merged.size(); i++) {
                report.output(names[i], merged.get(i).units(), merged.get(i).shardNames());
                merged.get(i).shardNames().forEach(name -> shards.add(out.resolve(name)));
            }
            Path reportFile = out.resolve("report.json");
            try (OutputStream json = Files.newOutputStream(corpus.stage(reportFile))) {
                report.write(json);
            } catch (IOException e) {
                throw new OutputFailure(reportFile, e);
            }
            corpus.commit();
            deleteOtherShards(out.resolve("shards"), shards);
        }
        return report;
    }

    private void writeFailuresOnly(Path out, List<DocumentResult> failures) {
        Path failedFile = out.resolve("failed.jsonl");
        try (OutputTransaction outputs = new OutputTransaction()) {
            try (FailedLog failed = new FailedLog(failedFile, outputs.stage(failedFile))) {
                failures.stream().sorted(Comparator.comparing(r -> r.group().key())).forEach(failed::add);
            }
            outputs.commit();
        }
    }

    /** Shards of an earlier, larger corpus in the same directory would be taken for this one's. */
    private static void deleteOtherShards(Path directory, Set<Path> kept) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().matches("corpus\\..*\\d{5,}\\.tmx") && !kept.contains(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new OutputFailure(directory, e);
        }
    }

    private static void deleteStaging(Path staging) {
        try {
            if (Files.exists(staging)) {
                PathUtils.deleteDirectory(staging);
            }
            Path parent = staging.getParent();
            try (Stream<Path> left = Files.list(parent)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(parent);
                }
            }
        } catch (IOException ignored) {
            // A hidden staging directory left behind is harmless; the next job cleans its own.
        }
    }
}
