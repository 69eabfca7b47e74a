package org.tilmash.steps.report;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Util;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.steps.tokenization.Parameters;
import net.sf.okapi.steps.tokenization.TokenizationStep;
import net.sf.okapi.steps.tokenization.TokensAnnotation;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.sf.okapi.steps.wordcount.common.GMX;

/**
 * GMX-V words, counted exactly as Okapi's {@link WordCounter} counts them (each segment's text through Okapi's
 * tokenization step, counting its word, hyphenated-word, number and time tokens), with a tokenization step of its
 * own. Okapi's static counter goes through one step shared by the whole JVM behind a lock, and sends it a batch and a
 * document for every segment: a quarter of a run's time, and documents processed in parallel would wait for each
 * other there. Not thread-safe: one report step uses it at a time ({@link #take}).
 */
final class GmxWordCounter {

    /** The tokens {@link WordCounter} counts. */
    private static final String[] WORD_TOKENS = {"WORD", "HYPHENATED_WORD", "NUMBER", "TIME"};

    /**
     * Counters no step uses now: Okapi's tokenizer compiles its ICU rules when it is made (half a second of CPU), and
     * a JVM makes pipelines again (a run's per thread, a corpus task's per partition), so their steps reuse these.
     */
    private static final Deque<GmxWordCounter> FREE = new ConcurrentLinkedDeque<>();

    private final TokenizationStep tokenizer = new TokenizationStep();
    private LocaleId language;

    /** A counter for one step's use, until it {@link #release}s it. */
    static GmxWordCounter take() {
        GmxWordCounter counter = FREE.pollFirst();
        return counter != null ? counter : new GmxWordCounter();
    }

    /** Gives the counter back for another step; not to be used by this one again. */
    void release() {
        FREE.addFirst(this); // the last one given back is taken first
    }

    GmxWordCounter() {
        Parameters params = (Parameters) tokenizer.getParameters();
        params.reset();
        params.setTokenizeSource(true);
        params.setTokenizeTargets(false);
        params.setIncludedTokenNames(WORD_TOKENS);
        tokenizer.handleEvent(new Event(EventType.START_BATCH));
    }

    /** The text of each segment of {@code container}, without its inline codes: what {@link #count} counts. */
    static List<String> segmentTexts(TextContainer container) {
        List<String> texts = new ArrayList<>();
        for (Segment segment : container.getSegments()) {
            texts.add(TextUnitUtil.getText(segment.getContent()));
        }
        return texts;
    }

    /**
     * The words of the segments' texts ({@link #segmentTexts}) in {@code language}: what {@code WordCounter.count}
     * gives for their container.
     */
    long count(List<String> segmentTexts, LocaleId language) {
        if (Util.isNullOrEmpty(language)) {
            return 0;
        }
        long words = 0;
        for (String text : segmentTexts) {
            words += GMX.isLogographicScript(language)
                    ? WordCounter.countLogographicScript(text, language) // counted from characters, not tokens
                    : count(text, language);
        }
        return words;
    }

    private long count(String text, LocaleId language) {
        if (!language.equals(this.language)) {
            StartDocument document = new StartDocument("tokenization");
            document.setLocale(language);
            document.setMultilingual(false);
            tokenizer.handleEvent(new Event(EventType.START_DOCUMENT, document));
            this.language = language;
        }
        ITextUnit unit = TextUnitUtil.buildGenericTU(text);
        tokenizer.handleEvent(new Event(EventType.TEXT_UNIT, unit));
        TokensAnnotation tokens = TextUnitUtil.getSourceAnnotation(unit, TokensAnnotation.class);
        return tokens == null ? 0 : tokens.getTokens().size();
    }
}
