package org.tilmash.coverage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (run by bench/coverage.sh, never by mvn verify): writes FILES XLIFF 1.2 files holding UNITS trans-units
 * in all into DIR (Kazakh sentences of 4-14 words drawn from a word list, 60% translated), then counts them once
 * and prints units/s, wall time and heap. Usage: CoverageBenchmark DIR [FILES] [UNITS].
 */
public final class CoverageBenchmark {
    private static final String[] WORDS = ("Қазақстан Орталық Азиядағы ең үлкен мемлекет біз әр күні таңертең шай "
            + "ішеміз ұстаз өз шәкірттеріне жиһаз жасауды үйретті тәуелсіздік жарияланды қалалар өсті ғылым "
            + "білім мектеп оқушы кітап жазушы өлең ән дала тау өзен көл 1991 2024 экономика саясат").split(" ");

    private CoverageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int units = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        long t0 = System.nanoTime();
        generate(dir, files, units);
        long t1 = System.nanoTime();
        CoverageReport report = new CoverageScanner(TranslatedPolicy.DEFAULT).scan(List.of(dir));
        long t2 = System.nanoTime();
        LanguageCoverage ru = report.totals().get("ru-RU");
        double seconds = (t2 - t1) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("generated %d files in %.1f s%n", files, (t1 - t0) / 1e9);
        System.out.printf("counted %d files, %d units, %d source words, %d translated units, %d invalid%n",
                report.files().size(), ru.units(), ru.sourceWords(), ru.translatedUnits(),
                report.invalidFiles().size());
        System.out.printf("wall %.2f s, %.0f units/s, heap used at end %d MB (max heap %d MB)%n", seconds,
                ru.units() / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static void generate(Path dir, int files, int units) throws IOException {
        Random random = new Random(42);
        for (int f = 0; f < files; f++) {
            int count = units / files + (f < units % files ? 1 : 0);
            Path file = dir.resolve("d" + (f % 10)).resolve("doc" + f + ".kk-ru.xlf");
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
                        + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"doc" + f
                        + ".kk.txt\" source-language=\"kk-KZ\" target-language=\"ru-RU\" datatype=\"plaintext\">"
                        + "<body>\n");
                for (int u = 0; u < count; u++) {
                    String sentence = sentence(random);
                    boolean done = random.nextInt(10) < 6;
                    w.write("<group id=\"p" + u + "\"><trans-unit id=\"s" + u + "\"><source xml:lang=\"kk-KZ\">"
                            + sentence + "</source><target xml:lang=\"ru-RU\" state=\""
                            + (done ? "translated\">" + sentence : "needs-translation\">") + "</target>"
                            + "</trans-unit></group>\n");
                }
                w.write("</body></file></xliff>\n");
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 4 + random.nextInt(11);
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
