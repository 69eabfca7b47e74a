package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Speed and memory of {@link SentenceAligner} on synthetic documents (default 100,000 x ~100,000 sentences):
 * a Cyrillic "source" and a Latin "translation" with its own length ratio and noise, numbers and transliterated
 * names carried over, 3% of sentences merged, a paragraph omitted every 200. With {@code three}, a second,
 * Cyrillic translation (other merges, nothing omitted) is made too and the two pairs are aligned with the third
 * side ({@link TriangleAligner}). Run by {@code bench/alignment.sh}, never by the test suite. Prints sentences per
 * second, wall time, heap and the strict F1 against the generated truth (a sanity check that speed was not bought
 * with nonsense).
 */
public final class AlignmentBenchmark {
    private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшыэюяәғқңөұүі";
    private static final String RUSSIAN = "абвгдежзиклмнопрстуфхцчшщыэюя";
    private static final String[] NAMES = {"Назарбаев", "Тоқаев", "Алматы", "Астана", "Шымкент", "Ақтөбе",
        "Павлодар", "Қарағанды", "Жамбыл", "Абай", "Мұхтар", "Сәтбаев"};

    private AlignmentBenchmark() {
    }

    /** A generated translation and its true links to the source. */
    private record Translation(List<Sentence> sentences, List<Bead> truth) {
        Translation() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        /** Adds the rendering of source sentence i: omitted, merged into the previous rendering, or on its own. */
        void add(int i, String text, int paragraph, boolean omitted, boolean merge, List<Sentence> source) {
            if (omitted) {
                truth.add(new Bead(List.of(i), List.of()));
            } else if (merge && !truth.isEmpty() && truth.get(truth.size() - 1).source().size() == 1
                    && !truth.get(truth.size() - 1).target().isEmpty()
                    && source.get(i - 1).paragraph() == paragraph) {
                Bead previous = truth.remove(truth.size() - 1);
                Sentence last = sentences.remove(sentences.size() - 1);
                sentences.add(new Sentence(last.text() + " " + text, last.paragraph()));
                truth.add(new Bead(List.of(i - 1, i), previous.target()));
            } else {
                truth.add(new Bead(List.of(i), List.of(sentences.size())));
                sentences.add(new Sentence(text, paragraph));
            }
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean three = args.length > 1 && args[1].equals("three");
        Random random = new Random(42);
        List<Sentence> source = new ArrayList<>(n);
        Translation english = new Translation();
        Translation russian = new Translation();
        int paragraph = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(6) == 0) {
                paragraph++;
            }
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            StringBuilder r = new StringBuilder();
            int words = 4 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    String number = Integer.toString(random.nextInt(3000));
                    s.append(number);
                    t.append(number);
                    r.append(number);
                } else if (kind == 1) {
                    String name = NAMES[random.nextInt(NAMES.length)];
                    s.append(name);
                    t.append(ConsonantSkeletonTest.latin(name));
                    r.append(name);
                } else {
                    int length = 2 + random.nextInt(9);
                    for (int c = 0; c < length; c++) {
                        s.append(CYRILLIC.charAt(random.nextInt(CYRILLIC.length())));
                    }
                    word(t, Math.round(length * 1.1 + random.nextGaussian()), random, null);
                    if (three) {
                        word(r, Math.round(length * 1.05 + random.nextGaussian()), random, RUSSIAN);
                    }
                }
                s.append(' ');
                t.append(' ');
                r.append(' ');
            }
            source.add(new Sentence(s.toString().trim() + ".", paragraph));
            boolean omitted = paragraph % 200 == 199;
            english.add(i, t.toString().trim() + ".", paragraph, omitted, !omitted && random.nextInt(33) == 0, source);
            if (three) {
                russian.add(i, r.toString().trim() + ".", paragraph, false, random.nextInt(40) == 0, source);
            }
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        List<Link> links;
        List<Link> russianLinks = null;
        if (three) {
            TriangleAligner.Result result = new TriangleAligner().align(source, russian.sentences(),
                    english.sentences());
            links = result.toSecond();
            russianLinks = result.toFirst();
        } else {
            links = new SentenceAligner().align(source, english.sentences());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = runtime.totalMemory() - runtime.freeMemory();
        int sentences = source.size() + english.sentences().size() + russian.sentences().size();
        System.out.printf("source sentences   %,d%n", source.size());
        System.out.printf("target sentences   %,d%s%n", english.sentences().size(),
                three ? String.format(" (second translation: %,d)", russian.sentences().size()) : "");
        System.out.printf("links              %,d%n", links.size());
        System.out.printf("alignment time     %.2f s%s%n", seconds, three ? " (three pairs, two checked)" : "");
        System.out.printf("sentences/s        %,.0f (all documents)%n", sentences / seconds);
        System.out.printf("heap in use after  %,d MB (input documents: %,d MB before)%n", after >> 20, before >> 20);
        System.out.printf("strict F1 vs truth %.4f%n", AlignmentScores.score(english.truth(), Bead.of(links)).f1Strict());
        if (three) {
            System.out.printf("strict F1, second  %.4f%n",
                    AlignmentScores.score(russian.truth(), Bead.of(russianLinks)).f1Strict());
        }
    }

    private static void word(StringBuilder out, long length, Random random, String alphabet) {
        for (int c = 0; c < Math.max(1, length); c++) {
            out.append(alphabet == null ? (char) ('a' + random.nextInt(26))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }
}
