package org.tilmash.coverage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tilmash.core.XmlInput;

/**
 * Counts coverage in files and directory trees. Each file is streamed with StAX, so memory holds one unit at a
 * time plus the per-file totals. The format is recognised by root element, namespace and version, not by file name.
 */
public final class CoverageScanner {
    private static final String XLIFF_1_NS_PREFIX = "urn:oasis:names:tc:xliff:document:1.";
    private static final String XLIFF_2_NS = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Set<String> XLIFF_1_VERSIONS = Set.of("1.0", "1.1", "1.2");
    private static final Set<String> XLIFF_2_VERSIONS = Set.of("2.0", "2.1");
    private static final Set<String> TMX_VERSIONS = Set.of("1.1", "1.2", "1.3", "1.4", "1.4b");
    private static final List<String> EXTENSIONS = List.of(".xlf", ".xliff", ".tmx");

    private final TranslatedPolicy policy;

    public CoverageScanner(TranslatedPolicy policy) {
        this.policy = policy;
    }

    /**
     * Counts every file given and every {@code *.xlf}, {@code *.xliff} and {@code *.tmx} file under the directories
     * given (recursively, in name order). Files that cannot be counted are listed in the report, not thrown.
     *
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory cannot be listed
     */
    public CoverageReport scan(List<Path> paths) throws IOException {
        return count(find(paths), file -> { });
    }

    /**
     * The files {@link #scan} counts: every file given, and the {@code *.xlf}, {@code *.xliff} and {@code *.tmx}
     * files under the directories given (recursively, in name order).
     *
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory cannot be listed
     */
    public List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(Files::isRegularFile).filter(CoverageScanner::hasKnownExtension).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Counts {@code files}, telling {@code counted} after each one (for a progress display). */
    public CoverageReport count(List<Path> files, Consumer<Path> counted) {
        List<FileCoverage> coverage = new ArrayList<>();
        List<InvalidFile> invalid = new ArrayList<>();
        for (Path file : files) {
            try {
                coverage.add(read(file));
            } catch (InvalidFileException e) {
                invalid.add(new InvalidFile(file, e.line(), e.column(), e.getMessage()));
            }
            counted.accept(file);
        }
        return new CoverageReport(coverage, invalid, policy);
    }

    /** Counts one file. */
    public FileCoverage read(Path file) throws InvalidFileException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader r = XmlInput.open(in);
            try {
                return read(r, file);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw InvalidFileException.malformed(e);
        } catch (IOException e) {
            throw new InvalidFileException("cannot read: " + e.getMessage(), 0, 0);
        }
    }

    private FileCoverage read(XMLStreamReader r, Path file) throws XMLStreamException, InvalidFileException {
        while (r.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments, an ignored DOCTYPE
        }
        String root = r.getLocalName();
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        String version = r.getAttributeValue(null, "version");
        FormatReader reader;
        String format;
        if (root.equals("xliff") && XLIFF_1_VERSIONS.contains(version)
                && (ns.isEmpty() || ns.startsWith(XLIFF_1_NS_PREFIX))) {
            reader = new Xliff1Reader();
            format = "xliff-" + version;
        } else if (root.equals("xliff") && XLIFF_2_VERSIONS.contains(version) && ns.equals(XLIFF_2_NS)) {
            reader = new Xliff2Reader();
            format = "xliff-" + version;
        } else if (root.equals("xliff")) {
            throw InvalidFileException.at(r, "unknown XLIFF version " + (version == null ? "(no version attribute)"
                    : "\"" + version + "\"") + (ns.isEmpty() ? "" : " in namespace " + ns)
                    + " (supported: 1.0-1.2, 2.0, 2.1)");
        } else if (root.equals("tmx") && TMX_VERSIONS.contains(version)) {
            reader = new TmxReader();
            format = "tmx-" + version;
        } else if (root.equals("tmx")) {
            throw InvalidFileException.at(r, "unknown TMX version " + (version == null ? "(no version attribute)"
                    : "\"" + version + "\"") + " (supported: 1.1-1.4b)");
        } else {
            throw InvalidFileException.at(r, "not XLIFF or TMX: root element <" + root + ">");
        }
        FileTally tally = new FileTally(policy);
        reader.read(r, tally);
        return tally.result(file, format);
    }

    private static boolean hasKnownExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
