package org.tilmash.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.cli.Main;

class MaxFailuresTest {

    @TempDir
    Path dir;

    @Test
    void moreFailuresThanAllowedStopTheJobWithExit3AndNoCorpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.kk.txt"), "Қазақстан Республикасы.\n", UTF_8);
        for (String bad : new String[] {"a", "b", "c"}) {
            Files.write(in.resolve(bad + ".kk.txt"), new byte[0]);
        }
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"corpus", in.toString(), "--out", dir.resolve("out").toString(),
            "--master", "local[1]", "--max-failures", "1"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(3, code, err.toString());
        assertTrue(err.toString().startsWith("tilmash: more than 1 documents failed"), err.toString());
        assertFalse(Files.exists(dir.resolve("out/corpus.tmx")));
        assertTrue(Files.readAllLines(dir.resolve("out/failed.jsonl")).size() >= 2);
    }
}
