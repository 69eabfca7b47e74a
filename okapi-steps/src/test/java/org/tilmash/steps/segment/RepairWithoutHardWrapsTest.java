package org.tilmash.steps.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import net.sf.okapi.common.LocaleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.tilmash.core.testing.TestData;
import org.junit.jupiter.params.provider.ValueSource;
import org.tilmash.steps.repair.RepairKind;

/**
 * The property that repair does no harm: on real published documents that carry no hard wraps (an official
 * declaration one paragraph a line, its preamble paragraphs ending in commas and starting in lower case; lists of UI
 * strings, questions among them; command-line help texts), the default pipeline joins no line and gives the
 * segments of the pipeline without repair. Segments are compared with runs of spaces made one: the space repair
 * (counted apart, "normalizedSpaces") is meant to change those, and changes no boundary.
 */
class RepairWithoutHardWrapsTest {

    private static final LocaleId KAZAKH = LocaleId.fromString("kk-KZ");

    @ParameterizedTest
    @ValueSource(strings = {"align/real/udhr.kk.txt", "testdata:partial-200-source.txt", "testdata:debian-ui.kk.txt",
        "align/real/nautilus.kk.txt"})
    void repairGivesTheSegmentsOfNoRepair(String name) throws IOException {
        String text = read(name);
        RepairAndSegment.Result repaired = RepairAndSegment.run(text, KAZAKH, SegmentationRules.tilmash(), true);
        RepairAndSegment.Result plain = RepairAndSegment.run(text, KAZAKH, SegmentationRules.tilmash(), false);
        assertEquals(0, repaired.repairs().count(RepairKind.JOINED_LINES), () -> repaired.repairs().joins().toString());
        List<String> expected = plain.segments().stream().map(RepairWithoutHardWrapsTest::oneSpace).toList();
        List<String> actual = repaired.segments().stream().map(RepairWithoutHardWrapsTest::oneSpace).toList();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "segment " + (i + 1));
        }
        assertEquals(expected.size(), actual.size());
        assertEquals(text.lines().filter(l -> !l.isBlank()).count(), repaired.paragraphs().size());
    }

    private static String oneSpace(String segment) {
        return segment.replaceAll("[ \\t\\u00A0\\u2000-\\u200A\\u202F]+", " ");
    }

    /** A test resource under org/tilmash/steps/, or with "testdata:" a file of testdata/debian-l10n/. */
    static String read(String name) throws IOException {
        if (name.startsWith("testdata:")) {
            return Files.readString(TestData.file("debian-l10n/" + name.substring("testdata:".length())),
                    StandardCharsets.UTF_8);
        }
        try (InputStream in = RepairWithoutHardWrapsTest.class.getResourceAsStream("/org/tilmash/steps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
