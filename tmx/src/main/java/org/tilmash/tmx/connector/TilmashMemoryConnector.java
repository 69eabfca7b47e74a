package org.tilmash.tmx.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.Util;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.query.QueryResult;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.translation.BaseConnector;
import net.sf.okapi.lib.translation.ITMQuery;
import org.tilmash.tmx.memory.MemoryMatch;
import org.tilmash.tmx.memory.TranslationMemory;

/**
 * tilmash's translation memory as an Okapi {@link ITMQuery}: what Okapi's {@code LeveragingStep}, Rainbow and any
 * tool that speaks the connector API query. Matching is the memory's own: sources compared in their
 * {@code MatchKey} form (whitespace, Latin look-alike letters, quote styles), exact matches whose preceding segment is
 * the same ranked first ({@link MatchType#EXACT_LOCAL_CONTEXT}), fuzzy matches (Pensieve's n-gram score) only when no
 * exact one exists, at or above the threshold.
 *
 * <p>{@link #leverage(ITextUnit)} takes the context from the text units it is given, in order: the preceding source
 * segment is the previous non-blank segment seen since {@link #setLanguages} (which Okapi's leveraging step calls at
 * each document's start). It attaches matches only to target segments that are still empty: a translation already
 * there (aligned, approved) is not second-guessed. {@link #query(String)} uses the same context, which the attribute
 * {@value #CONTEXT_ATTRIBUTE} sets (for a caller that walks the document itself).
 */
@UsingParameters(MemoryConnectorParameters.class)
public final class TilmashMemoryConnector extends BaseConnector implements ITMQuery {

    /** The attribute naming the preceding source segment for {@link #query}. */
    public static final String CONTEXT_ATTRIBUTE = "x-context-prev";
    public static final int DEFAULT_THRESHOLD = 75;
    public static final int DEFAULT_MAXIMUM_HITS = 3;

    private MemoryConnectorParameters params = new MemoryConnectorParameters();
    private String rootDirectory;
    private TranslationMemory memory;
    private String memoryName;
    private int threshold = DEFAULT_THRESHOLD;
    private int maximumHits = DEFAULT_MAXIMUM_HITS;
    private String previousSource;
    private List<QueryResult> results = List.of();

    @Override
    public String getName() {
        return "tilmash memory";
    }

    @Override
    public String getSettingsDisplay() {
        return "Memory: " + (Util.isEmpty(params.getMemoryDirectory()) ? "<to be specified>"
                : params.getMemoryDirectory());
    }

    @Override
    public IParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (MemoryConnectorParameters) params;
    }

    @Override
    public void setRootDirectory(String rootDirectory) {
        this.rootDirectory = rootDirectory;
    }

    /** Opens the memory for lookups; it must exist (a lookup never creates one). */
    @Override
    public void open() {
        close();
        Path directory = Path.of(Util.fillRootDirectoryVariable(params.getMemoryDirectory(),
                rootDirectory == null ? "" : rootDirectory));
        if (params.getMemoryDirectory().isEmpty() || !Files.isDirectory(directory)) {
            throw new OkapiException("no translation memory at '" + directory + "'");
        }
        try {
            memory = TranslationMemory.open(directory);
        } catch (IOException e) {
            throw new OkapiException("cannot open the translation memory " + directory + ": " + e.getMessage(), e);
        }
        memoryName = params.getMemoryName().isEmpty() ? directory.getFileName().toString() : params.getMemoryName();
        if (getSourceLanguage() != null) {
            setLanguages(getSourceLanguage(), getTargetLanguage());
        }
    }

    /** How matches without a recorded origin name the memory (once open). */
    public String getMemoryName() {
        return memoryName;
    }

    @Override
    public void close() {
        if (memory != null) {
            memory.close();
            memory = null;
        }
    }

    /**
     * A new document (or language pair): no preceding segment yet. A memory whose sources are in another language
     * than {@code source} is refused, rather than queried with texts it cannot match.
     */
    @Override
    public void setLanguages(LocaleId source, LocaleId target) {
        super.setLanguages(source, target);
        previousSource = null;
        if (memory != null && source != null) {
            try {
                memory.requireSourceLanguage(source.toBCP47());
            } catch (IllegalArgumentException e) {
                throw new OkapiException(e.getMessage(), e);
            }
        }
    }

    @Override
    public void setAttribute(String name, String value) {
        if (CONTEXT_ATTRIBUTE.equals(name)) {
            previousSource = value;
        }
    }

    @Override
    public void removeAttribute(String name) {
        if (CONTEXT_ATTRIBUTE.equals(name)) {
            previousSource = null;
        }
    }

    @Override
    public void clearAttributes() {
        previousSource = null;
    }

    @Override
    public int query(String plainText) {
        return query(new TextFragment(plainText));
    }

    @Override
    public int query(TextFragment text) {
        results = new ArrayList<>();
        for (MemoryMatch match : matches(text.getText(), previousSource)) {
            QueryResult result = new QueryResult();
            result.weight = getWeight();
            result.source = new TextFragment(match.source());
            result.target = new TextFragment(match.target());
            result.matchType = type(match);
            result.setFuzzyScore(score(match));
            result.setCombinedScore(score(match));
            result.origin = origin(match);
            results.add(result);
        }
        current = results.isEmpty() ? -1 : 0;
        return results.size();
    }

    @Override
    public boolean hasNext() {
        return current > -1 && current < results.size();
    }

    @Override
    public QueryResult next() {
        if (!hasNext()) {
            current = -1;
            return null;
        }
        return results.get(current++);
    }

    /** Matches for every empty target segment of the unit, as alternate translations of that segment. */
    @Override
    public void leverage(ITextUnit unit) {
        if (unit == null || !unit.isTranslatable() || !unit.getSource().hasText(false)) {
            return;
        }
        TextContainer target = unit.getTarget(getTargetLanguage());
        if (target == null) {
            target = unit.createTarget(getTargetLanguage(), false, IResource.COPY_SEGMENTATION);
        }
        for (Segment source : unit.getSourceSegments()) {
            String text = source.text.getText();
            if (text.isBlank()) {
                continue;
            }
            Segment slot = target.getSegments().get(source.getId());
            if (slot != null && slot.text.isEmpty()) {
                attach(source.text, slot, matches(text, previousSource));
            }
            previousSource = text;
        }
    }

    private void attach(TextFragment source, Segment slot, List<MemoryMatch> matches) {
        if (matches.isEmpty()) {
            return;
        }
        AltTranslationsAnnotation alternatives = new AltTranslationsAnnotation();
        for (MemoryMatch match : matches) {
            alternatives.add(getSourceLanguage(), getTargetLanguage(), source, new TextFragment(match.source()),
                    new TextFragment(match.target()), type(match), score(match), origin(match));
        }
        slot.setAnnotation(alternatives);
    }

    /** Every distinct exact match (in context first); else the fuzzy ones at or above the threshold. */
    private List<MemoryMatch> matches(String source, String context) {
        if (memory == null) {
            throw new IllegalStateException("the connector is not open");
        }
        try {
            String language = getTargetLanguage().getLanguage();
            List<MemoryMatch> exact = memory.exact(source, context, language);
            if (!exact.isEmpty() || threshold >= 100) {
                return exact;
            }
            return memory.fuzzy(source, language, threshold, maximumHits);
        } catch (UncheckedIOException e) {
            throw new OkapiException("cannot read the translation memory: " + e.getMessage(), e);
        }
    }

    private static MatchType type(MemoryMatch match) {
        if (!match.exact()) {
            return MatchType.FUZZY;
        }
        return match.inContext() ? MatchType.EXACT_LOCAL_CONTEXT : MatchType.EXACT;
    }

    private static int score(MemoryMatch match) {
        return (int) Math.floor(match.score());
    }

    private String origin(MemoryMatch match) {
        return match.origin() == null ? memoryName : match.origin();
    }

    @Override
    public void setMaximumHits(int max) {
        maximumHits = Math.max(1, max);
    }

    @Override
    public int getMaximumHits() {
        return maximumHits;
    }

    @Override
    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public int getThreshold() {
        return threshold;
    }
}
