package org.tilmash.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * {@code DIR/report.json}: documents done, resumed and failed; coverage and alignment quality summed over the
 * corpus per target language; and the worst documents (lowest coverage of an aligned language, lowest mean link
 * confidence), so that a reviewer starts with them. Fed one result at a time; holds only sums and the worst few.
 */
final class CorpusReport {

    static final int WORST = 20;

    private final String version;
    private final String generated;
    private final Map<DocumentResult.Status, Long> documents = new TreeMap<>();
    private final Map<String, Totals> totals = new TreeMap<>();
    private final Worst lowestCoverage = new Worst();
    private final Worst lowestConfidence = new Worst();
    private final Map<String, Object> outputs = new TreeMap<>();

    CorpusReport(String version, String generated) {
        this.version = version;
        this.generated = generated;
        for (DocumentResult.Status status : DocumentResult.Status.values()) {
            documents.put(status, 0L);
        }
    }

    void add(DocumentResult result) {
        documents.merge(result.status(), 1L, Long::sum);
        double coverage = Double.MAX_VALUE;
        double confidence = Double.MAX_VALUE;
        for (Map.Entry<String, LanguageFigures> e : result.targets().entrySet()) {
            LanguageFigures figures = e.getValue();
            totals.computeIfAbsent(e.getKey(), k -> new Totals()).add(figures);
            if (figures.aligned()) {
                coverage = Math.min(coverage, figures.wordCoverage());
                if (figures.links() > 0) {
                    confidence = Math.min(confidence, figures.meanConfidence());
                }
            }
        }
        if (coverage != Double.MAX_VALUE) {
            lowestCoverage.offer(result.group().key(), coverage);
        }
        if (confidence != Double.MAX_VALUE) {
            lowestConfidence.offer(result.group().key(), confidence);
        }
    }

    long failed() {
        return documents.get(DocumentResult.Status.FAILED);
    }

    long count(DocumentResult.Status status) {
        return documents.get(status);
    }

    /** Records a merged output: its units and shards. */
    void output(String name, long units, List<String> shards) {
        outputs.put(name, Map.of("units", units, "shards", shards));
    }

    void write(OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("tool", "tilmash corpus").put("version", version).put("generated", generated);
        ObjectNode counts = root.putObject("documents");
        counts.put("total", documents.values().stream().mapToLong(Long::longValue).sum());
        documents.forEach((status, n) -> counts.put(status.name().toLowerCase(Locale.ROOT), n));
        ObjectNode languages = root.putObject("totals");
        totals.forEach((language, t) -> t.write(languages.putObject(language)));
        root.set("outputs", json.valueToTree(outputs));
        ObjectNode worst = root.putObject("worstDocuments");
        lowestCoverage.write(worst.putArray("lowestWordCoverage"), "wordCoverage");
        lowestConfidence.write(worst.putArray("lowestMeanConfidence"), "meanConfidence");
        json.writeValue(out, root);
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    /** Sums for one target language. */
    private static final class Totals {
        long segments;
        long translatedSegments;
        long words;
        long translatedWords;
        long alignedDocuments;
        long links;
        double confidenceSum;
        long lowConfidence;
        final Map<String, Long> linksByType = new TreeMap<>();

        void add(LanguageFigures f) {
            segments += f.segments();
            translatedSegments += f.translatedSegments();
            words += f.words();
            translatedWords += f.translatedWords();
            if (f.aligned()) {
                alignedDocuments++;
                links += f.links();
                confidenceSum += f.meanConfidence() * f.links();
                lowConfidence += f.lowConfidence();
                f.linksByType().forEach((type, n) -> linksByType.merge(type, n, Long::sum));
            }
        }

        void write(ObjectNode node) {
            node.put("segments", segments).put("translatedSegments", translatedSegments)
                    .put("words", words).put("translatedWords", translatedWords)
                    .put("wordCoverage", words == 0 ? 0 : round(100.0 * translatedWords / words, 100))
                    .put("segmentCoverage", segments == 0 ? 0 : round(100.0 * translatedSegments / segments, 100));
            ObjectNode alignment = node.putObject("alignment");
            alignment.put("documents", alignedDocuments).put("links", links)
                    .put("meanConfidence", links == 0 ? 0 : round(confidenceSum / links, 1000))
                    .put("lowConfidenceLinks", lowConfidence);
            ObjectNode types = alignment.putObject("linksByType");
            linksByType.forEach(types::put);
        }
    }

    /** The {@link #WORST} documents with the lowest value; ties go to the first key, so the list is reproducible. */
    private static final class Worst {
        private record Entry(String key, double value) {
        }

        private static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble(Entry::value).reversed()
                .thenComparing(Entry::key, Comparator.reverseOrder());
        private final PriorityQueue<Entry> kept = new PriorityQueue<>(BEST_FIRST);

        void offer(String key, double value) {
            kept.add(new Entry(key, value));
            if (kept.size() > WORST) {
                kept.poll();
            }
        }

        void write(ArrayNode array, String field) {
            List<Entry> worstFirst = new ArrayList<>(kept);
            worstFirst.sort(BEST_FIRST.reversed());
            for (Entry e : worstFirst) {
                array.addObject().put("document", e.key()).put(field, round(e.value(), 1000));
            }
        }
    }
}
