package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.tilmash.core.testing.ExternalTool;
import org.tilmash.steps.slots.Languages;

/**
 * OmegaT 3.6 (Debian package {@code omegat}), run headless on a one-file project: {@code console-translate} with a
 * memory in {@code tm/auto/} (100% matches are inserted), on a text file segmented with the same SRX rules as
 * tilmash, or on an XLIFF file of one segment per unit.
 *
 * <p>OmegaT 3.6 does not read SRX files for a project: its project rules are {@code omegat/segmentation.conf}, a
 * {@code java.beans.XMLEncoder} document of {@code org.omegat.core.segmentation.SRX} (read by {@code SRX.loadSRX};
 * version 0.2.2, {@code SRX.CURRENT_VERSION}: an older one makes OmegaT merge its own default rules in). Its text
 * filter joins consecutive lines into one paragraph unless {@code omegat/filters.xml} says {@code segmentOn=BREAKS};
 * Okapi's plain-text filter makes each line a paragraph, so the project says BREAKS.
 */
final class OmegaT {

    static final Path JAR = Path.of(System.getenv().getOrDefault("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"));

    /** What console-translate gave: the translated file and OmegaT's own segment counts. */
    record Translation(String target, int segments, int remaining) {
    }

    private OmegaT() {
    }

    /** Skips the calling test without OmegaT, or fails it under CI: {@code scripts/setup} installs it there. */
    static void requireInstalled() {
        ExternalTool.file(JAR, "omegat");
    }

    /**
     * Translates {@code source} (a UTF-8 text file, one paragraph a line) into {@code target} with the memory
     * {@code tmx}, OmegaT segmenting with the SRX rules {@code srx} as Okapi applies them to Kazakh.
     */
    static Translation translate(Path source, Path tmx, LocaleId target, URL srx, Path project) throws Exception {
        create(project, source, tmx, target, true);
        Files.writeString(project.resolve("omegat/filters.xml"), FILTERS, StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(project.resolve("omegat/segmentation.conf"))) {
            writeSegmentationConf(srx, Languages.KAZAKH, out);
        }
        return run(project, source.getFileName().toString());
    }

    /**
     * Translates {@code xliff} (XLIFF 1.2 "of the source=target variety", the only kind OmegaT 3.6's XLIFF filter
     * translates: it reads the text of each {@code <target>} as its source) into {@code target} with the memory
     * {@code tmx}. Each {@code <trans-unit>} is one segment: the file is segmented already, so OmegaT does not
     * segment again. OmegaT shows the tags of a memory not written by OmegaT only with the "Display tags" and "Use
     * XML for standalone tags" of its External TMX options ({@code ext_tmx_show_level2}, {@code ext_tmx_use_slash}):
     * without them it drops every tag of the memory, and a segment with tags never matches. And it keeps a tag
     * that ends a segment (a footnote reference) out of the segment unless "Remove leading and trailing tags" of
     * its file filters is off ({@code removeTags}): the memory's segment, which has it, would not match.
     */
    static Translation translateXliff(Path xliff, Path tmx, LocaleId target, Path project) throws Exception {
        create(project, xliff, tmx, target, false);
        Files.writeString(project.resolve(".config/omegat.prefs"), EXTERNAL_TMX_TAGS, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("omegat/filters.xml"), KEEP_TAGS, StandardCharsets.UTF_8);
        return run(project, xliff.getFileName().toString());
    }

    private static void create(Path project, Path source, Path tmx, LocaleId target, boolean sentences)
            throws Exception {
        for (String sub : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat", ".config")) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.copy(source, project.resolve("source").resolve(source.getFileName()));
        Files.copy(tmx, project.resolve("tm/auto").resolve(tmx.getFileName()));
        Files.writeString(project.resolve("omegat.project"), projectFile(target.toBCP47(), sentences),
                StandardCharsets.UTF_8);
    }

    /** Runs console-translate on {@code project}; returns its target file {@code name} and its segment counts. */
    private static Translation run(Path project, String name) throws Exception {
        Path log = project.resolve("omegat.log");
        Process omegat = new ProcessBuilder("java", "-Djava.awt.headless=true", "-jar", JAR.toString(),
                "--mode=console-translate", "--config-dir=" + project.resolve(".config"),
                "--disable-project-locking", "--no-team", "--quiet", project.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!omegat.waitFor(5, TimeUnit.MINUTES)) {
            omegat.destroyForcibly();
            fail("OmegaT did not finish; log: " + log);
        }
        String logText = Files.readString(log);
        assertEquals(0, omegat.exitValue(), logText);
        // OmegaT exits 0 even when it could not load a memory or the segmentation rules: its log says so.
        assertTrue(!logText.contains("TMXR_ERROR") && !logText.contains("SEVERE")
                && !logText.contains("CORE_SRX_EXC_LOADING_SEG_RULES"), logText);
        String stats = Files.readString(project.resolve("omegat/project_stats.txt"), StandardCharsets.UTF_8);
        return new Translation(Files.readString(project.resolve("target").resolve(name), StandardCharsets.UTF_8),
                count(stats, "Total"), count(stats, "Remaining"));
    }

    /** The first figure (segments) of a row of omegat/project_stats.txt. */
    private static int count(String stats, String row) {
        Matcher m = Pattern.compile("(?m)^" + row + ":\\s+(\\d+)").matcher(stats);
        assertTrue(m.find(), "no " + row + " row in project_stats.txt:\n" + stats);
        return Integer.parseInt(m.group(1));
    }

    /**
     * Writes the rules Okapi compiles for {@code language} from {@code srx} as OmegaT's segmentation.conf: one
     * language map ".*" holding them in Okapi's order (first matching rule wins in both), since the project has one
     * source language and OmegaT always cascades. Okapi compiles every rule with UNICODE_CHARACTER_CLASS
     * (CompiledRule) and OmegaT with DOTALL (Rule.compilePattern): each pattern is prefixed with {@code (?U-s)} so
     * that {@code \s}, {@code \b}, {@code \w} and {@code .} mean the same in both (\s must match the no-break space).
     */
    static void writeSegmentationConf(URL srx, LocaleId language, OutputStream out)
            throws IOException, XMLStreamException {
        SRXDocument doc = new SRXDocument();
        try (InputStream in = srx.openStream()) {
            doc.loadRules(in);
        }
        if (doc.useIcu4JBreakRules() || (doc.getMaskRule() != null && !doc.getMaskRule().isEmpty())) {
            throw new IllegalArgumentException(srx + ": ICU break rules and range rules have no OmegaT equivalent");
        }
        List<Rule> rules = new ArrayList<>();
        for (LanguageMap map : doc.getAllLanguagesMaps()) {
            if (Pattern.matches(map.getPattern(), language.toString())) {
                doc.getLanguageRules(map.getRuleName()).stream().filter(Rule::isActive).forEach(rules::add);
                if (!doc.cascade()) {
                    break;
                }
            }
        }
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("java");
        xml.writeAttribute("class", "java.beans.XMLDecoder");
        xml.writeStartElement("object");
        xml.writeAttribute("class", "org.omegat.core.segmentation.SRX");
        property(xml, "mappingRules");
        list(xml);
        add(xml, "org.omegat.core.segmentation.MapRule");
        stringProperty(xml, "language", language.toBCP47() + " (" + srx.getPath().replaceAll(".*/", "") + ")");
        stringProperty(xml, "pattern", ".*");
        property(xml, "rules");
        list(xml);
        for (Rule rule : rules) {
            add(xml, "org.omegat.core.segmentation.Rule");
            property(xml, "breakRule");
            xml.writeStartElement("boolean");
            xml.writeCharacters(Boolean.toString(rule.isBreak()));
            xml.writeEndElement();
            xml.writeEndElement();
            stringProperty(xml, "beforebreak", "(?U-s)" + rule.getBefore());
            if (!rule.getAfter().isEmpty()) {
                stringProperty(xml, "afterbreak", "(?U-s)" + rule.getAfter());
            }
            endAdd(xml);
        }
        xml.writeEndElement(); // rules list
        xml.writeEndElement(); // rules property
        endAdd(xml);
        xml.writeEndElement(); // mappingRules list
        xml.writeEndElement(); // mappingRules property
        stringProperty(xml, "version", "0.2.2");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void property(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement("void");
        xml.writeAttribute("property", name);
    }

    private static void stringProperty(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        property(xml, name);
        xml.writeStartElement("string");
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void list(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("object");
        xml.writeAttribute("class", "java.util.ArrayList");
    }

    private static void add(XMLStreamWriter xml, String type) throws XMLStreamException {
        xml.writeStartElement("void");
        xml.writeAttribute("method", "add");
        xml.writeStartElement("object");
        xml.writeAttribute("class", type);
    }

    private static void endAdd(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** OmegaT's text filter for *.txt: UTF-8 both ways, and a paragraph at every line break (as Okapi's). */
    private static final String FILTERS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <filters>
              <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
                <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8"
                       targetEncoding="UTF-8"/>
                <option name="segmentOn" value="BREAKS"/>
              </filter>
            </filters>
            """;

    /** OmegaT's preferences (a {@code .config/omegat.prefs}) that show the tags of memories it did not write. */
    private static final String EXTERNAL_TMX_TAGS = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <omegat>
              <preference version="1.0">
                <ext_tmx_show_level2>true</ext_tmx_show_level2>
                <ext_tmx_use_slash>true</ext_tmx_use_slash>
              </preference>
            </omegat>
            """;

    /** OmegaT's file filters, defaults but for "Remove leading and trailing tags". */
    private static final String KEEP_TAGS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <filters removeTags="false"/>
            """;

    private static String projectFile(String target, boolean sentences) {
        // Schema: OmegaT.jar!schemas/project_properties.xsd. No Kazakh tokenizer exists in OmegaT 3.6; the Russian
        // one only affects fuzzy matching and word counts.
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                    <project version="1.0">
                        <source_dir>__DEFAULT__</source_dir>
                        <source_dir_excludes><mask>**/.git/**</mask></source_dir_excludes>
                        <target_dir>__DEFAULT__</target_dir>
                        <tm_dir>__DEFAULT__</tm_dir>
                        <glossary_dir>__DEFAULT__</glossary_dir>
                        <glossary_file>__DEFAULT__</glossary_file>
                        <dictionary_dir>__DEFAULT__</dictionary_dir>
                        <source_lang>kk-KZ</source_lang>
                        <target_lang>%s</target_lang>
                        <source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>
                        <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
                        <sentence_seg>%s</sentence_seg>
                        <support_default_translations>true</support_default_translations>
                        <remove_tags>false</remove_tags>
                    </project>
                </omegat>
                """.formatted(target, sentences);
    }
}
