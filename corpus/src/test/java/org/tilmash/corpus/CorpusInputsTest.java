package org.tilmash.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.cli.UserError;

class CorpusInputsTest {

    @TempDir
    Path dir;

    @Test
    void aTreeGivesGroupsWithTheTranslationsBesideThemSortedByKey() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/x.kk.txt"), "Сәлем.\n", UTF_8);
        Files.writeString(dir.resolve("b/x.ru.txt"), "Привет.\n", UTF_8);
        Files.writeString(dir.resolve("a.kk.md"), "Сәлем.\n", UTF_8);
        List<DocumentGroup> groups = list(dir.toString());
        assertEquals(List.of("a.kk.md", "b/x.kk.txt"), groups.stream().map(DocumentGroup::key).toList());
        assertEquals("b/x", groups.get(1).outputs());
        assertEquals(dir.resolve("b/x.ru.txt").toString(), groups.get(1).russian());
        assertNull(groups.get(1).english());
    }

    @Test
    void manifestsNamePathsRelativeToThemselvesOrFileUris() throws Exception {
        Path other = Files.writeString(dir.resolve("elsewhere.en.txt"), "Hello.\n", UTF_8);
        Files.writeString(dir.resolve("m.tsv"), "kk\tru\ten\nd/one.kk.txt\t\t" + other.toUri() + "\n\n", UTF_8);
        Files.writeString(dir.resolve("m.jsonl"), "{\"kk\": \"d/two.kk.html\", \"ru\": \"d/two.ru.txt\"}\n", UTF_8);
        List<DocumentGroup> groups = list(dir.resolve("m.tsv").toString(), dir.resolve("m.jsonl").toString());
        assertEquals(List.of("d/one.kk.txt", "d/two.kk.html"), groups.stream().map(DocumentGroup::key).toList());
        assertEquals(other.toString(), groups.get(0).english());
        assertEquals(dir.resolve("d/two.ru.txt").toString(), groups.get(1).russian());
    }

    @Test
    void aMalformedManifestLineIsOneErrorNamingFileAndLine() throws Exception {
        Path tsv = Files.writeString(dir.resolve("m.tsv"), "a.kk.txt\n\ta.ru.txt\n", UTF_8);
        UserError e = assertThrows(UserError.class, () -> list(tsv.toString()));
        assertTrue(e.getMessage().startsWith(tsv + ":2: "), e.getMessage());
        assertEquals(3, e.exitCode());
        Path jsonl = Files.writeString(dir.resolve("m.jsonl"), "{\"kk\": \"a.kk.txt\"}\n{\"kk\": 5}\n", UTF_8);
        e = assertThrows(UserError.class, () -> list(jsonl.toString()));
        assertTrue(e.getMessage().startsWith(jsonl + ":2: "), e.getMessage());
    }

    @Test
    void groupsWithTheSameOutputsFailAndOtherFileSystemsAreKeyedByTheirPaths() throws Exception {
        Files.writeString(dir.resolve("m.tsv"), "a.kk.txt\na.kk.html\nhdfs://namenode:8020/c/b.kk.txt\t/c/b.ru.txt\n",
                UTF_8);
        List<DocumentGroup> groups = list(dir.resolve("m.tsv").toString());
        assertEquals(List.of("a.kk.html", "a.kk.txt", "c/b.kk.txt"), groups.stream().map(DocumentGroup::key).toList());
        assertNull(groups.get(0).problem());
        assertTrue(groups.get(1).problem().contains("overwrite those of a.kk.html"), groups.get(1).problem());
        assertEquals("hdfs://namenode:8020/c/b.kk.txt", groups.get(2).kazakh());
        assertEquals(dir.resolve("/c/b.ru.txt").toString(), groups.get(2).russian()); // relative to the manifest
        assertNull(groups.get(2).problem()); // read, or not, by the task
    }

    private static List<DocumentGroup> list(String... inputs) {
        return CorpusInputs.list(List.of(inputs), new Configuration());
    }
}
