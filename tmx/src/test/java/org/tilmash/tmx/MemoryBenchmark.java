package org.tilmash.tmx;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.tilmash.tmx.memory.ImportSummary;
import org.tilmash.tmx.memory.TranslationMemory;
import org.tilmash.tmx.read.TmxReader;
import org.tilmash.tmx.read.TmxUnit;

/**
 * Translation-memory benchmark, run by hand through {@code bench/memory.sh} (never by {@code mvn verify}).
 *
 * <pre>
 * generate CORPUS.tmx N OUT.tmx   the corpus replicated to N units; copy k appends " k" to every variant
 * import OUT.tmx DIR              imports into a fresh memory; prints units/s
 * lookup CORPUS.tmx DIR QUERIES   exact and fuzzy lookups of corpus strings, after 200 untimed ones; prints p50/p95
 *                                 latency, wall-clock and CPU time of the looking-up thread
 * </pre>
 */
public final class MemoryBenchmark {

    /** Lookups made before the timed ones (other strings than those timed). */
    private static final int WARM_UP = 200;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            case "import" -> importAll(Path.of(args[1]), Path.of(args[2]));
            case "lookup" -> lookup(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("generate | import | lookup");
        }
    }

    private static List<TmxUnit> corpus(Path tmx) throws Exception {
        List<TmxUnit> units = new ArrayList<>();
        try (TmxReader reader = TmxReader.open(tmx, "kk")) {
            Optional<TmxUnit> unit;
            while ((unit = reader.next()).isPresent()) {
                units.add(unit.get());
            }
        }
        return units;
    }

    private static void generate(Path corpusFile, long count, Path out) throws Exception {
        List<TmxUnit> units = corpus(corpusFile);
        try (OutputStream stream = Files.newOutputStream(out)) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeEmptyElement("header");
            xml.writeAttribute("srclang", "kk-KZ");
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("creationtool", "MemoryBenchmark");
            xml.writeAttribute("creationtoolversion", "1");
            xml.writeAttribute("o-tmf", "tilmash");
            xml.writeStartElement("body");
            for (long i = 0; i < count; i++) {
                TmxUnit unit = units.get((int) (i % units.size()));
                String suffix = i < units.size() ? "" : " " + (i / units.size());
                xml.writeStartElement("tu");
                tuv(xml, "kk-KZ", unit.source() + suffix);
                for (TmxUnit.Variant v : unit.variants()) {
                    tuv(xml, v.language(), v.text() + suffix);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        System.out.printf("generated %,d units in %s (%,d bytes)%n", count, out, Files.size(out));
    }

    private static void tuv(XMLStreamWriter xml, String lang, String text) throws Exception {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        xml.writeStartElement("seg");
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void importAll(Path tmx, Path dir) throws Exception {
        ThreadCpu threads = ThreadCpu.start();
        long start = System.nanoTime();
        ImportSummary summary;
        try (TranslationMemory memory = TranslationMemory.open(dir)) {
            summary = memory.importTmx(tmx);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.stop();
        System.out.printf(Locale.ROOT, "imported %,d units (%s entries added) in %.1f s: %,.0f units/s; "
                + "max heap %d MB%n", summary.units(), summary.added(), seconds, summary.units() / seconds,
                Runtime.getRuntime().maxMemory() >> 20);
        double cpu = threads.totalSeconds();
        double busiest = threads.busiestSeconds();
        double twoCores = Math.max(cpu / 2, busiest);
        System.out.printf(Locale.ROOT, "import threads: %.1f s CPU in all (%,.0f units per CPU second; %s), the "
                + "busiest %.1f s: on two idle cores at least %.1f s, at most %,.0f units/s%n", cpu,
                summary.units() / cpu, threads.busiest(), busiest, twoCores, summary.units() / twoCores);
    }

    /**
     * The CPU time of each thread of the JVM (writers, merges, the JIT, the collector), sampled while the import runs
     * since the writer threads end with it: on a shared machine the wall clock says little, the threads' CPU times
     * say what two idle cores could do (no better than half the total, nor than the busiest thread).
     */
    private static final class ThreadCpu implements Runnable {
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> nanos = new ConcurrentHashMap<>();
        private final Map<Long, String> names = new ConcurrentHashMap<>();
        private final Thread sampler = new Thread(this, "cpu sampler");
        private volatile boolean running = true;

        static ThreadCpu start() {
            ThreadCpu cpu = new ThreadCpu();
            cpu.sampler.setDaemon(true);
            cpu.sampler.start();
            return cpu;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            for (long id : mx.getAllThreadIds()) {
                long time = mx.getThreadCpuTime(id);
                if (time > 0 && id != sampler.getId()) {
                    nanos.merge(id, time, Math::max);
                    ThreadInfo info = mx.getThreadInfo(id);
                    if (info != null) {
                        names.putIfAbsent(id, info.getThreadName());
                    }
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            sample();
        }

        /** All the process's CPU time, JVM threads included (the JIT's and the collector's are not Java threads). */
        double totalSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }

        double busiestSeconds() {
            return nanos.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1e9;
        }

        /** The Java threads that used more than a second, busiest first. */
        String busiest() {
            return nanos.entrySet().stream().filter(e -> e.getValue() > 1_000_000_000L)
                    .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.1f s", names.getOrDefault(e.getKey(), "?"),
                            e.getValue() / 1e9))
                    .collect(Collectors.joining(", "));
        }
    }

    private static void lookup(Path corpusFile, Path dir, int queries) throws Exception {
        List<TmxUnit> units = corpus(corpusFile);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (TranslationMemory memory = TranslationMemory.open(dir)) {
            // Lookups as a run's leverage makes them, many in one JVM: timed once the JIT has compiled the path.
            Random warmUp = new Random(20261201);
            for (int i = 0; i < WARM_UP; i++) {
                String source = query(units, warmUp);
                memory.exact(source, null, "ru");
                memory.fuzzy("жаңа " + source, "ru", 75, 3);
            }
            Random random = new Random(20261124);
            long[][] exact = new long[2][queries];
            long[][] fuzzy = new long[2][queries];
            int exactHits = 0;
            int fuzzyHits = 0;
            for (int i = 0; i < queries; i++) {
                String source = query(units, random);
                long t = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                exactHits += memory.exact(source, null, "ru").isEmpty() ? 0 : 1;
                exact[0][i] = System.nanoTime() - t;
                exact[1][i] = cpu.getCurrentThreadCpuTime() - c;
                // a fuzzy query: the same string with a word added
                t = System.nanoTime();
                c = cpu.getCurrentThreadCpuTime();
                fuzzyHits += memory.fuzzy("жаңа " + source, "ru", 75, 3).isEmpty() ? 0 : 1;
                fuzzy[0][i] = System.nanoTime() - t;
                fuzzy[1][i] = cpu.getCurrentThreadCpuTime() - c;
            }
            print("exact", exact, exactHits);
            print("fuzzy", fuzzy, fuzzyHits);
        }
    }

    /** A corpus string with a number added, as the generated memory holds it (or a near copy of it). */
    private static String query(List<TmxUnit> units, Random random) {
        return units.get(random.nextInt(units.size())).source() + " " + (1 + random.nextInt(100));
    }

    /** Wall-clock and CPU percentiles: on a shared machine, the CPU time of a lookup is what it costs. */
    private static void print(String kind, long[][] nanos, int hits) {
        for (long[] times : nanos) {
            Arrays.sort(times);
        }
        System.out.printf(Locale.ROOT, "%s lookup: %d queries, %d with a match; p50 %.2f ms, p95 %.2f ms "
                + "(CPU p50 %.2f ms, p95 %.2f ms)%n", kind, nanos[0].length, hits, percentile(nanos[0], 0.5),
                percentile(nanos[0], 0.95), percentile(nanos[1], 0.5), percentile(nanos[1], 0.95));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) (sorted.length * p)] / 1e6;
    }
}
