package org.tilmash.steps.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipeline.Pipeline;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.steps.common.RawDocumentToFilterEventsStep;
import org.tilmash.steps.repair.KazakhTextRepairStep;

/**
 * Throughput of reading, repair and segmentation (Okapi's plain-text filter, {@link KazakhTextRepairStep}, Okapi's
 * SegmentationStep) on a corpus made by repeating a sample, with tilmash's rules and with Okapi's default rules.
 * Run by hand (bench/segmentation.sh), never by the test suite.
 *
 * <p>Arguments: SAMPLE SIZE_MB RUNS OKAPI_MB. The corpus of SIZE_MB is written to a temporary file and streamed
 * from it. tilmash's rules run RUNS times over it (the median is reported, in MB per CPU-second of the
 * pipeline thread: one core's throughput on a shared machine); Okapi's default rules, about a hundred
 * times slower, run once over the first OKAPI_MB (0 to skip). After each run the heap is collected and its live
 * size printed: with the whole corpus streamed, it must not depend on SIZE_MB.
 */
public final class SegmentationBenchmark {

    private static final LocaleId KAZAKH = LocaleId.fromString("kk-KZ");

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args[0]);
        long sizeMb = Long.parseLong(args[1]);
        int runs = Integer.parseInt(args[2]);
        long okapiMb = Long.parseLong(args[3]);
        Path corpus = repeat(sample, sizeMb);
        try {
            run("warm-up", SegmentationRules.tilmash(), corpus); // lets the JIT compile the hot paths; not counted
            double[] ours = new double[runs];
            for (int i = 0; i < runs; i++) {
                ours[i] = run("tilmash.srx", SegmentationRules.tilmash(), corpus);
            }
            Arrays.sort(ours);
            System.out.printf(Locale.ROOT, "tilmash.srx: median %.1f MB/s over %d runs of %d MB (runs: %s)%n",
                    ours[runs / 2], runs, sizeMb, Arrays.toString(ours));
            if (okapiMb > 0) {
                Path prefix = repeat(sample, okapiMb);
                try {
                    run("Okapi default", SegmentationRules.okapiDefault(), prefix);
                } finally {
                    Files.delete(prefix);
                }
            }
        } finally {
            Files.delete(corpus);
        }
    }

    /**
     * One pass over the corpus; returns MB per CPU-second of the thread running the pipeline: the throughput of one
     * core, whatever else the (shared) machine is doing. Wall-clock and whole-process figures are printed too.
     */
    private static double run(String name, SegmentationRules rules, Path corpus) throws IOException {
        SegmentCounter counter = new SegmentCounter();
        Pipeline pipeline = new Pipeline();
        pipeline.addStep(new RawDocumentToFilterEventsStep(new PlainTextFilter()));
        pipeline.addStep(new KazakhTextRepairStep());
        pipeline.addStep(rules.step(KAZAKH));
        pipeline.addStep(counter);
        long bytes = Files.size(corpus);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long startProcessCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        pipeline.startBatch();
        try (RawDocument document = new RawDocument(corpus.toUri(), "UTF-8", KAZAKH)) {
            pipeline.process(document);
        }
        pipeline.endBatch();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        double processCpuSeconds = (os.getProcessCpuTime() - startProcessCpu) / 1e9;
        pipeline.destroy();
        double mbPerSecond = bytes / 1e6 / cpuSeconds;
        System.gc();
        long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%-14s %5.1f MB: %6.2f MB/s per CPU-second of the pipeline thread, "
                + "%6.2f per process CPU-second (GC, JIT included), %6.2f per wall-clock second; %d units, "
                + "%d segments; live heap after GC %.1f MB%n", name, bytes / 1e6, mbPerSecond,
                bytes / 1e6 / processCpuSeconds, bytes / 1e6 / seconds, counter.units, counter.segments,
                liveHeap / 1e6);
        return mbPerSecond;
    }

    /** A temporary file holding the sample repeated up to about sizeMb megabytes. */
    private static Path repeat(Path sample, long sizeMb) throws IOException {
        byte[] text = Files.readAllBytes(sample);
        Path corpus = Files.createTempFile("tilmash-bench-", ".kk.txt");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            for (long written = 0; written < sizeMb * 1_000_000; written += text.length + 1) {
                out.write(text);
                out.write('\n');
            }
        }
        return corpus;
    }

    /** The last step: counts, keeps nothing. */
    private static final class SegmentCounter extends BasePipelineStep {
        long units;
        long segments;

        @Override
        public String getName() {
            return "segment counter";
        }

        @Override
        public String getDescription() {
            return "Counts text units and source segments.";
        }

        @Override
        protected Event handleTextUnit(Event event) {
            units++;
            segments += event.getTextUnit().getSource().getSegments().count();
            return event;
        }
    }
}
