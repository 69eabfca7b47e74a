package org.tilmash.tmx.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.ProxyInputStream;
import org.tilmash.core.LanguageTags;
import org.tilmash.core.XmlInput;

/**
 * Reads TMX 1.4b (and the 1.1 {@code lang} attribute) one {@code <tu>} at a time with StAX, so a memory of any size
 * is read in constant memory. Okapi's {@code TmxFilter} is not used here: it turns every unit into a full
 * {@code ITextUnit} event with skeleton, and reports no line and column for a broken file.
 *
 * <p>Through tilmash's one hardened XML input ({@link XmlInput}): DTDs and external entities are never read, a
 * {@code <!DOCTYPE>} is skipped, and an entity it would declare is an error rather than a file or URL opened. Anything that makes the file unusable (malformed XML, a character XML
 * forbids, no {@code srclang} in the header, a unit without a variant in the source language) ends the reading with
 * a {@link TmxException} whose {@link TmxError} names the file, line and column.
 */
public final class TmxReader implements AutoCloseable {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** The TMX versions read, the same as {@code tilmash coverage} reads: 1.1 to 1.4b share the structure. */
    private static final Set<String> VERSIONS = Set.of("1.1", "1.2", "1.3", "1.4", "1.4b");
    /** TMX 1.4b inline elements whose content is native code, not text. */
    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut");

    private final Path file;
    private final String sourceLanguage;
    private final InputStream input;
    private final XMLStreamReader xml;
    private String declaredSourceLanguage;

    private TmxReader(Path file, String sourceLanguage, InputStream input, XMLStreamReader xml) {
        this.file = file;
        this.sourceLanguage = sourceLanguage;
        this.input = input;
        this.xml = xml;
    }

    /**
     * Opens a TMX file and reads its header.
     *
     * @param sourceLanguage the language whose variant is each unit's source ({@code kk} or {@code kk-KZ})
     */
    public static TmxReader open(Path file, String sourceLanguage) throws TmxException {
        return open(file, sourceLanguage, position -> { });
    }

    /**
     * Opens a TMX file and reads its header; {@code bytesRead} is told, as reading goes on, how many bytes of the
     * file have been read (for a progress display).
     */
    public static TmxReader open(Path file, String sourceLanguage, LongConsumer bytesRead) throws TmxException {
        InputStream input;
        try {
            input = new ProxyInputStream(Files.newInputStream(file)) {
                private long read;

                @Override
                protected void afterRead(int n) {
                    if (n > 0) {
                        read += n;
                        bytesRead.accept(read);
                    }
                }
            };
        } catch (IOException e) {
            throw new TmxException(new TmxError(file, -1, -1, "cannot read the file: " + e.getMessage()));
        }
        try {
            TmxReader reader = new TmxReader(file, sourceLanguage, input, XmlInput.open(input));
            reader.readHeader();
            return reader;
        } catch (XMLStreamException e) {
            closeQuietly(input);
            throw new TmxException(malformed(file, e));
        } catch (TmxException e) {
            closeQuietly(input);
            throw e;
        }
    }

    /** The header's {@code srclang} as written (may be {@code *all*}). */
    public String declaredSourceLanguage() {
        return declaredSourceLanguage;
    }

    public Path file() {
        return file;
    }

    /** The next unit, or empty at the end of the body. */
    public Optional<TmxUnit> next() throws TmxException {
        try {
            while (xml.hasNext()) {
                int event = nextEvent();
                if (event == XMLStreamConstants.START_ELEMENT && "tu".equals(xml.getLocalName())) {
                    return Optional.of(readUnit());
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw new TmxException(malformed(file, e));
        }
    }

    private void readHeader() throws XMLStreamException, TmxException {
        while (xml.hasNext()) {
            int event = nextEvent();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("header".equals(name)) {
                    declaredSourceLanguage = xml.getAttributeValue(null, "srclang");
                    if (declaredSourceLanguage == null || declaredSourceLanguage.isBlank()) {
                        throw error("the <header> has no srclang attribute (TMX 1.4b requires it)");
                    }
                    return;
                }
                if (!"tmx".equals(name)) {
                    throw error("<" + name + "> found where a TMX <tmx><header> was expected");
                }
                String version = xml.getAttributeValue(null, "version");
                if (!VERSIONS.contains(version)) {
                    throw error("unknown TMX version " + (version == null ? "(no version attribute)"
                            : "\"" + version + "\"") + " (supported: 1.1-1.4b)");
                }
            }
        }
        throw error("no TMX <header> in the file");
    }

    private TmxUnit readUnit() throws XMLStreamException, TmxException {
        Location start = xml.getLocation();
        String tuid = xml.getAttributeValue(null, "tuid");
        String source = null;
        List<TmxUnit.Variant> variants = new ArrayList<>();
        Map<String, String> props = new LinkedHashMap<>();
        String language = null;
        while (true) {
            int event = nextEvent();
            if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = xml.getAttributeValue(null, "type");
                    props.put(type == null ? "" : type, xml.getElementText());
                }
                case "tuv" -> {
                    language = xml.getAttributeValue(XML_NS, "lang");
                    if (language == null) {
                        language = xml.getAttributeValue(null, "lang"); // TMX 1.1
                    }
                    if (language == null || language.isBlank()) {
                        throw error("a <tuv> without xml:lang");
                    }
                }
                case "seg" -> {
                    if (source == null && LanguageTags.sameLanguage(language, sourceLanguage)) {
                        source = segText(false);
                    } else {
                        variants.add(new TmxUnit.Variant(language, segText(true)));
                    }
                }
                default -> {
                    // <note>, <udp>... carry nothing a memory needs
                }
            }
        }
        if (source == null) {
            throw new TmxException(new TmxError(file, start.getLineNumber(), start.getColumnNumber(),
                    "<tu" + (tuid == null ? "" : " tuid=\"" + tuid + "\"") + "> has no variant in "
                            + sourceLanguage + " (srclang " + declaredSourceLanguage + ")"));
        }
        return new TmxUnit(start.getLineNumber(), tuid, source, List.copyOf(variants), props);
    }

    /**
     * The text of a {@code <seg>}. For a target, inline elements contribute their text too: in a plain-text memory
     * {@code <ph>}, {@code <bpt>}... hold the original markup, and dropping it would change the translation. For
     * the source, the content of the codes ({@code <bpt>}, {@code <ept>}, {@code <it>}, {@code <ph>}, {@code <ut>},
     * and the {@code <sub>} flows inside them) is left out: it is markup, not Kazakh text, so it must neither
     * make the same sentence miss its match nor be folded as a look-alike letter. {@code <hi>} is text.
     */
    private String segText(boolean withCodes) throws XMLStreamException, TmxException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int codeDepth = 0; // > 0 inside a code element
        while (depth > 0) {
            int event = nextEvent();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (codeDepth > 0 || CODES.contains(xml.getLocalName())) {
                        codeDepth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (codeDepth > 0) {
                        codeDepth--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (withCodes || codeDepth == 0) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
        return text.toString();
    }

    /** Advances, refusing entity references: with DTDs off they could only name an undeclared (external) entity. */
    private int nextEvent() throws XMLStreamException, TmxException {
        int event = xml.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error("entity reference &" + xml.getLocalName()
                    + "; (tilmash never resolves DTD or external entities)");
        }
        return event;
    }

    private TmxException error(String message) {
        Location at = xml.getLocation();
        return new TmxException(new TmxError(file, at.getLineNumber(), at.getColumnNumber(), message));
    }

    private static TmxError malformed(Path file, XMLStreamException e) {
        Location at = e.getLocation();
        return new TmxError(file, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(),
                "not well-formed XML: " + XmlInput.problem(e));
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing left to report: the stream is closed below
        }
        closeQuietly(input);
    }

    private static void closeQuietly(InputStream input) {
        try {
            input.close();
        } catch (IOException e) {
            // a read-only file: nothing to lose
        }
    }
}
