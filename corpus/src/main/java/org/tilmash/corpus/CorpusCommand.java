package org.tilmash.corpus;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.ExtensionCommand;
import org.tilmash.cli.SourceDateEpoch;
import org.tilmash.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilmash corpus}: the pipeline of {@code run} over a whole corpus, on Apache Spark. */
@Command(name = "corpus", sortOptions = false,
        description = {"Runs every document group of a corpus through the pipeline of 'run', on Apache Spark",
            "(embedded local[*] unless --master or spark-submit says otherwise), and writes DIR/corpus.kk-ru.tmx,",
            "DIR/corpus.kk-en.tmx, DIR/corpus.tmx (merged in document order, and as DIR/shards/), each document's",
            "outputs under DIR/documents/, DIR/report.json and DIR/failed.jsonl (the documents that failed)."})
public final class CorpusCommand implements Callable<Integer>, ExtensionCommand {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = {"A directory tree of NAME.kk.EXT documents (translations NAME.ru.EXT, NAME.en.EXT beside",
                "them), a manifest (.tsv: columns kk, ru, en; .jsonl: {\"kk\":..,\"ru\":..,\"en\":..}; paths",
                "relative to the manifest, or URIs), or one Kazakh document; each a local path or a URI (hdfs://...,",
                "any scheme with a Hadoop file system on the classpath, set up by Spark properties spark.hadoop.*)."})
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output directory: a local path (on a cluster, mounted on every node).")
    Path out;

    @Option(names = "--runner", paramLabel = "NAME", defaultValue = "spark",
            description = "The engine (default: ${DEFAULT-VALUE}; the only one).")
    String runner;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] (embedded, N workers), spark://HOST:PORT, yarn, k8s://... "
                    + "(default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spark partitions (default: about 50 documents each, at least 4 per worker).")
    int partitions;

    @Option(names = "--max-failures", paramLabel = "N", defaultValue = "-1",
            description = "Stop (exit 3, no corpus written) once more than N documents have failed "
                    + "(default: never).")
    long maxFailures;

    @Option(names = "--resume", description = "Skip the documents whose outputs under DIR/documents/ are complete.")
    boolean resume;

    @Option(names = "--shard-units", paramLabel = "N", defaultValue = "100000",
            description = "Units per shard under DIR/shards/ (a shard ends after the document that reaches N; "
                    + "default: ${DEFAULT-VALUE}).")
    long shardUnits;

    @Option(names = "--min-confidence", paramLabel = "0..1", description = "As for 'run'.")
    Double minConfidence;

    @Option(names = "--srx", paramLabel = "FILE", description = "As for 'run' (a path every worker can read).")
    Path srx;

    @Option(names = "--no-repair", description = "As for 'run'.")
    boolean noRepair;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!"spark".equals(runner)) {
            throw new UserError(ExitCode.USAGE, "--runner " + runner + ": unknown runner (available: spark)");
        }
        if (RemoteFiles.isRemote(out.toString())) { // Path.of("hdfs://h/x") would be a local "hdfs:/h/x"
            throw new UserError(ExitCode.USAGE, "--out " + out + ": DIR must be a local path (on a cluster, one "
                    + "mounted on every node); only inputs may be URIs");
        }
        if (partitions < 0 || shardUnits < 1) {
            throw new UserError(ExitCode.USAGE, "--partitions must be 0 or more and --shard-units 1 or more");
        }
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
            throw new UserError(ExitCode.USAGE, "--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        String generated = SourceDateEpoch.instant(System.getenv("SOURCE_DATE_EPOCH"))
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS)).toString();
        // An absolute --srx, so that tasks find it wherever they run.
        PipelineOptions pipeline = new PipelineOptions(srx == null ? "" : srx.toAbsolutePath().toString(), !noRepair,
                minConfidence == null ? 0 : minConfidence, generated);
        try {
            pipeline.builder(); // a bad --srx stops the job, not every document
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        }
        CorpusSettings settings = new CorpusSettings(inputs, out, master, partitions, maxFailures, resume,
                shardUnits, pipeline);
        CorpusReport report = new SparkCorpusJob(settings).run();
        spec.commandLine().getOut().printf("corpus: %d documents done, %d resumed, %d failed; outputs in %s%n",
                report.count(DocumentResult.Status.DONE), report.count(DocumentResult.Status.RESUMED),
                report.failed(), out);
        spec.commandLine().getOut().flush();
        if (report.failed() > 0) {
            spec.commandLine().getErr().printf("tilmash: warning: %d documents failed: see %s%n", report.failed(),
                    out.resolve("failed.jsonl"));
            spec.commandLine().getErr().flush();
        }
        return ExitCode.OK;
    }
}
