package org.tilmash.steps.align;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;

/**
 * A translation read for alignment: its sentences in order, with paragraph indices, and the line of the file each
 * sentence comes from (for reviewers).
 *
 * <p>Plain text is read as Okapi's plain-text filter reads it, one paragraph per non-blank line, with a strict UTF-8
 * check that names the byte; other formats through their Okapi filter, one paragraph per text unit.
 */
record TranslationDocument(Path file, List<Sentence> sentences, int[] lines, String text) {

    /** Reads a UTF-8 plain-text translation and segments it with the given segmenter (its language's rules). */
    static TranslationDocument readPlainText(Path file, ISegmenter segmenter) throws IOException {
        String text = decode(file);
        List<String> paragraphs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] fileLines = text.split("\r\n|\n|\r", -1);
        for (int line = 0; line < fileLines.length; line++) {
            paragraphs.add(fileLines[line]);
            lines.add(line + 1);
        }
        return segment(file, paragraphs, lines, text, segmenter);
    }

    /**
     * Reads a translation through its Okapi filter: each translatable text unit is a paragraph, numbered in order
     * (the "line" reviewers are shown).
     */
    static TranslationDocument readFiltered(Path file, RawDocument document, IFilter filter, ISegmenter segmenter) {
        List<String> paragraphs = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (filter) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    paragraphs.add(event.getTextUnit().getSource().getUnSegmentedContentCopy().getText());
                    numbers.add(paragraphs.size());
                }
            }
        }
        return segment(file, paragraphs, numbers, String.join("\n", paragraphs), segmenter);
    }

    /** One paragraph per non-blank entry, segmented; each sentence keeps the number of its entry. */
    private static TranslationDocument segment(Path file, List<String> entries, List<Integer> numbers, String text,
                                               ISegmenter segmenter) {
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < entries.size(); i++) {
            String paragraphText = entries.get(i).strip();
            if (paragraphText.isEmpty()) {
                continue;
            }
            segmenter.computeSegments(paragraphText);
            for (Range range : segmenter.getRanges()) {
                String sentence = paragraphText.substring(range.start, range.end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(new Sentence(sentence, paragraph));
                    lines.add(numbers.get(i));
                }
            }
            paragraph++;
        }
        return new TranslationDocument(file, sentences, lines.stream().mapToInt(Integer::intValue).toArray(), text);
    }
    private static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new IOException("not valid UTF-8 at byte " + (skip + buffer.position()), e);
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }
}
