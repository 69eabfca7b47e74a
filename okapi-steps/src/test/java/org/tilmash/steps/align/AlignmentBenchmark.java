package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Speed and memory of {@link SentenceAligner} on synthetic documents (default 100,000 x ~100,000 sentences):
 * a Cyrillic "source" and a Latin "translation" with its own length ratio and noise, numbers and transliterated
 * names carried over, 3% of sentences merged, a paragraph omitted every 200. Run by {@code bench/alignment.sh},
 * never by the test suite. Prints sentences per second, wall time, heap and the strict F1 against the generated
 * truth (a sanity check that speed was not bought with nonsense).
 */
public final class AlignmentBenchmark {
    private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшыэюяәғқңөұүі";
    private static final String[] NAMES = {"Назарбаев", "Тоқаев", "Алматы", "Астана", "Шымкент", "Ақтөбе",
        "Павлодар", "Қарағанды", "Жамбыл", "Абай", "Мұхтар", "Сәтбаев"};

    private AlignmentBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        List<Sentence> source = new ArrayList<>(n);
        List<Sentence> target = new ArrayList<>(n);
        List<Bead> truth = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(6) == 0) {
                paragraph++;
            }
            boolean omitted = paragraph % 200 == 199;
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            int words = 4 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    String number = Integer.toString(random.nextInt(3000));
                    s.append(number);
                    t.append(number);
                } else if (kind == 1) {
                    String name = NAMES[random.nextInt(NAMES.length)];
                    s.append(name);
                    t.append(ConsonantSkeletonTest.latin(name));
                } else {
                    int length = 2 + random.nextInt(9);
                    for (int c = 0; c < length; c++) {
                        s.append(CYRILLIC.charAt(random.nextInt(CYRILLIC.length())));
                    }
                    int targetLength = Math.max(1, (int) Math.round(length * 1.1 + random.nextGaussian()));
                    for (int c = 0; c < targetLength; c++) {
                        t.append((char) ('a' + random.nextInt(26)));
                    }
                }
                s.append(' ');
                t.append(' ');
            }
            source.add(new Sentence(s.toString().trim() + ".", paragraph));
            if (omitted) {
                truth.add(new Bead(List.of(i), List.of()));
            } else if (random.nextInt(33) == 0 && !truth.isEmpty() && truth.get(truth.size() - 1).source().size() == 1
                    && !truth.get(truth.size() - 1).target().isEmpty()
                    && source.get(i - 1).paragraph() == paragraph) {
                // merged with the previous sentence's translation: a 2-1
                Bead previous = truth.remove(truth.size() - 1);
                Sentence last = target.remove(target.size() - 1);
                target.add(new Sentence(last.text() + " " + t.toString().trim() + ".", last.paragraph()));
                truth.add(new Bead(List.of(i - 1, i), previous.target()));
            } else {
                truth.add(new Bead(List.of(i), List.of(target.size())));
                target.add(new Sentence(t.toString().trim() + ".", paragraph));
            }
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        List<Link> links = new SentenceAligner().align(source, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = runtime.totalMemory() - runtime.freeMemory();
        AlignmentScores scores = AlignmentScores.score(truth, Bead.of(links));
        System.out.printf("source sentences   %,d%n", source.size());
        System.out.printf("target sentences   %,d%n", target.size());
        System.out.printf("links              %,d%n", links.size());
        System.out.printf("alignment time     %.2f s%n", seconds);
        System.out.printf("sentences/s        %,.0f (source + target)%n", (source.size() + target.size()) / seconds);
        System.out.printf("heap in use after  %,d MB (input documents: %,d MB before)%n", after >> 20, before >> 20);
        System.out.printf("strict F1 vs truth %.4f%n", scores.f1Strict());
    }
}
