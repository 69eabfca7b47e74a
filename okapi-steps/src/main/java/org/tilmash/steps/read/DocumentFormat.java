package org.tilmash.steps.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.filters.FilterConfigurationMapper;
import net.sf.okapi.common.filters.IFilterConfigurationMapper;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * The document formats tilmash reads, each through an Okapi filter configuration chosen by file extension. Adding a
 * format is adding a constant here (and its filter dependency): the pipeline does not change.
 */
public enum DocumentFormat {
    /** One text unit per line: the text-repair step decides which line breaks end a paragraph. */
    PLAIN_TEXT("okf_plaintext", true, "txt", "text"),
    HTML("okf_html", true, "html", "htm", "xhtml"),
    MARKDOWN("okf_markdown", true, "md", "markdown"),
    DOCX("okf_openxml", false, "docx"),
    XLIFF("okf_xliff", true, "xlf", "xliff");

    private final String filterConfigId;
    private final boolean text;
    private final List<String> extensions;

    DocumentFormat(String filterConfigId, boolean text, String... extensions) {
        this.filterConfigId = filterConfigId;
        this.text = text;
        this.extensions = List.of(extensions);
    }

    public String filterConfigId() {
        return filterConfigId;
    }

    /** True for formats read as UTF-8 text (checked byte by byte before reading); false for binary containers. */
    public boolean isText() {
        return text;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format of a file by its extension, if tilmash reads it. */
    public static Optional<DocumentFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The extensions tilmash reads, for messages: "txt, text, html, ...". */
    public static String knownExtensions() {
        return String.join(", ", java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
    }

    /**
     * The filter configuration mapper that knows the filter of every format above: one per JVM, shared by every
     * driver (read-only once made: it makes a new filter for each document). Making one instantiates each filter
     * and reads the HTML filter's YAML configuration, which cost more than reading a small document, and the
     * alignment step needs a driver for each translation of each document.
     */
    public static IFilterConfigurationMapper filterMapper() {
        return SharedMapper.INSTANCE;
    }

    /** Made on first use, safely published by the class initialization. */
    private static final class SharedMapper {
        static final IFilterConfigurationMapper INSTANCE = make();

        private static IFilterConfigurationMapper make() {
            FilterConfigurationMapper mapper = new FilterConfigurationMapper();
            mapper.addConfigurations(PlainTextFilter.class.getName());
            mapper.addConfigurations(HtmlFilter.class.getName());
            mapper.addConfigurations(MarkdownFilter.class.getName());
            mapper.addConfigurations(OpenXMLFilter.class.getName());
            mapper.addConfigurations(XLIFFFilter.class.getName());
            return mapper;
        }
    }
}
