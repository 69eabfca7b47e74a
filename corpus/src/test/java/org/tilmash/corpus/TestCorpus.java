package org.tilmash.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.tilmash.core.testing.TestData;

/**
 * A corpus of real texts cut into small document groups: the sample article of {@code seeds/} (kk, ru, en) in pieces
 * of three paragraphs, and Debian's kk/ru/en UI strings in pieces of eight, as text (a directory tree, translations
 * beside), HTML (a TSV manifest) and Markdown (a JSON Lines manifest); plus groups broken on purpose.
 */
final class TestCorpus {

    /** A good group: its key in the corpus, and the arguments of 'run' on it alone. */
    record Good(String key, List<String> runArguments) {
    }

    static final String UNKNOWN_SCHEME = "s3a://tilmash-test/remote/corpus.kk.txt";

    final Path tree;
    final Path listed;
    final List<Good> good = new ArrayList<>();
    /** Keys of the groups that must fail. */
    final List<String> broken = new ArrayList<>();

    TestCorpus(Path root, int debianPerDocument) throws IOException {
        tree = root.resolve("tree");
        listed = root.resolve("listed");
        Path repo = TestData.REPOSITORY;
        List<String> kk = Files.readAllLines(repo.resolve("seeds/eurasian-integration.kk.txt"), UTF_8);
        List<String> ru = Files.readAllLines(repo.resolve("seeds/eurasian-integration.ru.txt"), UTF_8);
        List<String> en = Files.readAllLines(repo.resolve("seeds/eurasian-integration.en.txt"), UTF_8);
        for (int start = 0, n = 0; start < kk.size(); start += 3, n++) {
            int end = Math.min(kk.size(), start + 3);
            String base = String.format("seeds/part-%03d", n);
            write(tree.resolve(base + ".kk.txt"), kk.subList(start, end));
            write(tree.resolve(base + ".ru.txt"), slice(ru, start, end, kk.size()));
            write(tree.resolve(base + ".en.txt"), slice(en, start, end, kk.size()));
            good.add(new Good(base + ".kk.txt", List.of(tree.resolve(base + ".kk.txt").toString())));
        }
        List<String[]> strings = Files.readAllLines(TestData.file("debian-l10n/kk-ru-en-first4000.tsv"), UTF_8)
                .stream().skip(1).map(line -> line.split("\t", -1)).toList();
        List<String> tsv = new ArrayList<>(List.of("kk\tru\ten"));
        List<String> jsonl = new ArrayList<>();
        for (int start = 0, n = 0; start + debianPerDocument <= strings.size(); start += debianPerDocument, n++) {
            List<String[]> piece = strings.subList(start, start + debianPerDocument);
            List<String> kkLines = column(piece, 1);
            List<String> ruLines = column(piece, 2);
            List<String> enLines = column(piece, 3);
            String base = String.format("%s/%04d", piece.get(0)[0], n);
            switch (n % 3) {
                case 0 -> {
                    write(tree.resolve("debian/" + base + ".kk.txt"), kkLines);
                    write(tree.resolve("debian/" + base + ".ru.txt"), ruLines);
                    write(tree.resolve("debian/" + base + ".en.txt"), enLines);
                    good.add(new Good("debian/" + base + ".kk.txt",
                            List.of(tree.resolve("debian/" + base + ".kk.txt").toString())));
                }
                case 1 -> {
                    String kkFile = "docs/" + base + ".kk.html";
                    Files.createDirectories(listed.resolve(kkFile).getParent());
                    Files.writeString(listed.resolve(kkFile), html(kkLines), UTF_8);
                    writeTranslations(base, ruLines, enLines);
                    tsv.add(kkFile + "\tdocs/" + base + ".ru.txt\tdocs/" + base + ".en.txt");
                    good.add(new Good(kkFile, runArguments(kkFile, base)));
                }
                default -> {
                    String kkFile = "docs/" + base + ".kk.md";
                    Files.createDirectories(listed.resolve(kkFile).getParent());
                    Files.writeString(listed.resolve(kkFile), String.join("\n\n", kkLines) + "\n", UTF_8);
                    writeTranslations(base, ruLines, enLines);
                    jsonl.add("{\"kk\": \"" + kkFile + "\", \"ru\": \"docs/" + base + ".ru.txt\", \"en\": \"docs/"
                            + base + ".en.txt\"}");
                    good.add(new Good(kkFile, runArguments(kkFile, base)));
                }
            }
        }
        addBroken(kk, en, ru, tsv, jsonl);
        Files.write(listed.resolve("manifest.tsv"), tsv, UTF_8);
        Files.write(listed.resolve("manifest.jsonl"), jsonl, UTF_8);
    }

    private void addBroken(List<String> kk, List<String> en, List<String> ru, List<String> tsv, List<String> jsonl)
            throws IOException {
        Path b = tree.resolve("broken");
        Files.createDirectories(b);
        Files.write(b.resolve("empty.kk.txt"), new byte[0]);
        Files.writeString(b.resolve("utf16.kk.txt"), String.join("\n", kk.subList(10, 13)), Charset.forName("UTF-16"));
        Files.writeString(b.resolve("cp1251.kk.md"), String.join("\n", ru.subList(10, 13)),
                Charset.forName("windows-1251"));
        byte[] binary = new byte[600];
        Arrays.fill(binary, (byte) 0);
        Files.write(b.resolve("binary.kk.html"), binary);
        write(b.resolve("wrong-ru.kk.txt"), kk.subList(20, 26));
        write(b.resolve("wrong-ru.ru.txt"), en.subList(20, 26));
        write(b.resolve("wrong-en.kk.txt"), kk.subList(30, 36));
        write(b.resolve("wrong-en.en.txt"), ru.subList(30, 36));
        write(b.resolve("empty-ru.kk.txt"), kk.subList(40, 43));
        Files.write(b.resolve("empty-ru.ru.txt"), new byte[0]);
        // Two sources with the same outputs: the later key fails, the first is processed.
        write(b.resolve("clash.kk.md"), kk.subList(50, 52));
        write(b.resolve("clash.kk.txt"), kk.subList(52, 54));
        good.add(new Good("broken/clash.kk.md", List.of(b.resolve("clash.kk.md").toString())));
        broken.addAll(List.of("broken/empty.kk.txt", "broken/utf16.kk.txt", "broken/cp1251.kk.md",
                "broken/binary.kk.html", "broken/wrong-ru.kk.txt", "broken/wrong-en.kk.txt",
                "broken/empty-ru.kk.txt", "broken/clash.kk.txt"));
        // Unreadable: files named in a manifest that do not exist, or that the job cannot read.
        tsv.add("missing/gone.kk.html\t\t");
        Files.createDirectories(listed.resolve("docs/x"));
        write(listed.resolve("docs/x/orphan.kk.txt"), kk.subList(60, 62));
        tsv.add("docs/x/orphan.kk.txt\tdocs/x/no-such.ru.txt\t");
        // A URI whose scheme has no Hadoop file system here (its connector, hadoop-aws, is not bundled); keyed by its
        // path, as a file outside the manifest's directory is.
        jsonl.add("{\"kk\": \"" + UNKNOWN_SCHEME + "\"}");
        broken.addAll(List.of("missing/gone.kk.html", "docs/x/orphan.kk.txt", "remote/corpus.kk.txt"));
    }

    private List<String> runArguments(String kkFile, String base) {
        return List.of(listed.resolve(kkFile).toString(), "--ru", listed.resolve("docs/" + base + ".ru.txt").toString(),
                "--en", listed.resolve("docs/" + base + ".en.txt").toString());
    }

    private void writeTranslations(String base, List<String> ru, List<String> en) throws IOException {
        write(listed.resolve("docs/" + base + ".ru.txt"), ru);
        write(listed.resolve("docs/" + base + ".en.txt"), en);
    }

    int groups() {
        return good.size() + broken.size();
    }

    /** The lines of a translation that correspond, by position, to the source lines [start, end). */
    private static List<String> slice(List<String> lines, int start, int end, int total) {
        return lines.subList(start * lines.size() / total, end * lines.size() / total);
    }

    /** A column of the strings; Russian is missing for a few (left out, as a translator would). */
    private static List<String> column(List<String[]> piece, int index) {
        return piece.stream().map(r -> r[index]).filter(s -> !s.isBlank()).toList();
    }

    private static String html(List<String> paragraphs) {
        return "<!DOCTYPE html>\n<html lang=\"kk\"><head><meta charset=\"utf-8\"></head><body>\n"
                + paragraphs.stream().map(p -> "<p>" + p.replace("&", "&amp;").replace("<", "&lt;")
                        .replace(">", "&gt;") + "</p>").collect(Collectors.joining("\n"))
                + "\n</body></html>\n";
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, UTF_8);
    }
}
