package org.tilmash.steps.report;

import com.ibm.icu.text.RuleBasedBreakIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Util;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.steps.tokenization.RbbiTokenizer;
import net.sf.okapi.steps.tokenization.Token;
import net.sf.okapi.steps.tokenization.TokenizationStep;
import net.sf.okapi.steps.tokenization.Tokens;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.sf.okapi.steps.wordcount.common.GMX;

/**
 * GMX-V words, counted exactly as Okapi's {@link WordCounter} counts them: Okapi's word-break rules (its tokenizer's
 * {@code rbbi.txt}) through ICU's break iterator, each token post-processed by Okapi's {@link TokenizationStep}, and
 * the word, hyphenated-word, number and time tokens counted.
 *
 * <p>Why not through Okapi's tokenization step, as WordCounter does: its {@link RbbiTokenizer} compiles the rules
 * when it is made and again for each language, 1.1-1.5 s of CPU each time (more than a small document's whole run),
 * for every thread of a run and every partition of a corpus. Here they are compiled when tilmash is built
 * ({@link OkapiWordBreakRules}) and each counter loads them in milliseconds. The loop in {@link #count(String,
 * LocaleId)} is RbbiTokenizer's and the step's; GmxWordCounterTest holds it to WordCounter's figures on real text.
 * Not thread-safe: one report step uses a counter.
 */
final class GmxWordCounter {

    /** The tokens {@link WordCounter} counts. */
    private static final Set<String> WORD_TOKENS = Set.of("WORD", "HYPHENATED_WORD", "NUMBER", "TIME");

    private final RuleBasedBreakIterator breaks = OkapiWordBreakRules.iterator();
    /** For Okapi's post-processing of a token in its language (apostrophes in French and Italian). */
    private final TokenizationStep okapi = new TokenizationStep();

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
        if (text.isEmpty()) {
            return 0;
        }
        breaks.setText(text);
        long words = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != RuleBasedBreakIterator.DONE; start = end, end = breaks.next()) {
            int status = breaks.getRuleStatus();
            Token token = new Token(status, text.substring(start, end), Tokens.getTokenName(status),
                    Tokens.getTokenDescription(status), start, end);
            for (Token part : okapi.postProcess(token, language)) {
                if (WORD_TOKENS.contains(part.getName())) {
                    words++;
                }
            }
        }
        return words;
    }

    /**
     * Okapi's word-break rules as ICU compiles them, read once per JVM. Shipped compiled: compiling them takes more
     * than a second of CPU, longer than a small document's whole run. GmxWordCounterTest compiles Okapi's rules again
     * and fails when they or ICU have changed.
     */
    static final class OkapiWordBreakRules {
        static final String RESOURCE = "okapi-word-breaks.brk";
        private static final byte[] COMPILED = read();

        static RuleBasedBreakIterator iterator() {
            try {
                return RuleBasedBreakIterator.getInstanceFromCompiledRules(ByteBuffer.wrap(COMPILED));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + RESOURCE, e);
            }
        }

        private static byte[] read() {
            try (InputStream in = GmxWordCounter.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
