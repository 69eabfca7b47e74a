package org.tilmash.steps.segment;

import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import net.sf.okapi.steps.segmentation.Parameters;
import net.sf.okapi.steps.segmentation.SegmentationStep;
import org.tilmash.core.XmlInput;

/**
 * SRX rules to segment with: tilmash's own ({@code tilmash.srx}: kk, ru, en and a generic set) or a user's SRX 2.0
 * file that replaces them. The rules are read and checked once, when made, so a bad file is reported before any
 * document is read.
 */
public final class SegmentationRules {

    private static final String RESOURCE = "tilmash.srx";

    /** The SRX document; null for Okapi's default rules, which Okapi loads by name. */
    private final String srx;
    private final String origin;

    private SegmentationRules(String srx, String origin) {
        this.srx = srx;
        this.origin = origin;
        compile(LocaleId.fromString("kk-KZ"));
    }

    /** Where tilmash's own rules are. */
    public static URL defaultRules() {
        return SegmentationRules.class.getResource(RESOURCE);
    }

    /** tilmash's own rules. */
    public static SegmentationRules tilmash() {
        try (InputStream in = defaultRules().openStream()) {
            return new SegmentationRules(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + RESOURCE, e);
        }
    }

    /**
     * The rules of an SRX file.
     *
     * @throws IllegalArgumentException the file cannot be read or is not usable SRX (the message names the file)
     */
    public static SegmentationRules fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read the SRX file (" + e.getMessage() + ")", e);
        }
        requireWellFormed(text, file);
        return new SegmentationRules(text, file.toString());
    }

    /**
     * Okapi parses SRX with the JDK's default error handler, which prints "[Fatal Error]" on standard error before
     * the exception: a user's file is read first, silently, through tilmash's hardened XML input, so that the one
     * message names the line and column.
     */
    private static void requireWellFormed(String text, Path file) {
        try {
            XMLStreamReader reader = XmlInput.open(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    reader.next();
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new IllegalArgumentException(file + (at == null ? "" : ":" + at.getLineNumber() + ":"
                    + at.getColumnNumber()) + ": not well-formed XML, so not SRX (" + XmlInput.problem(e) + ")", e);
        }
    }

    /** The file's rules if one is given, else tilmash's own: what {@code --srx FILE} means. */
    public static SegmentationRules fromFileOrTilmash(Optional<Path> file) {
        return file.map(SegmentationRules::fromFile).orElseGet(SegmentationRules::tilmash);
    }

    /** Okapi's own default rules (for comparison: the benchmark, the tests). */
    public static SegmentationRules okapiDefault() {
        return new SegmentationRules(null, "Okapi's default rules");
    }

    /**
     * A segmenter for one language.
     *
     * @throws IllegalArgumentException the SRX is not usable (the message names its origin)
     */
    public ISegmenter segmenter(LocaleId language) {
        return compile(language);
    }

    /**
     * Okapi's segmentation step with these rules, segmenting the source only. Whitespace between segments is kept
     * out of them (a non-segment part of the container), whatever the SRX file says.
     */
    public SegmentationStep step(LocaleId source) {
        SegmentationStep step = new SegmentationStep();
        Parameters params = step.getParameters();
        params.setSegmentSource(true);
        params.setSegmentTarget(false);
        if (srx != null) {
            params.setSourceSrx(srx);
        }
        params.setTrimSrcLeadingWS(Parameters.TRIM_YES);
        params.setTrimSrcTrailingWS(Parameters.TRIM_YES);
        step.setSourceLocale(source);
        return step;
    }

    private ISegmenter compile(LocaleId language) {
        try {
            SRXDocument doc = new SRXDocument();
            if (srx == null) {
                doc.loadRules(SRXDocument.DEFAULT_SRX_RULES);
            } else {
                doc.loadRules((CharSequence) srx);
            }
            return doc.compileLanguageRules(language, null);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": not usable SRX 2.0 rules (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String toString() {
        return origin;
    }
}
