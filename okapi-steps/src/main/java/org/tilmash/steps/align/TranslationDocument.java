package org.tilmash.steps.align;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;

/**
 * A translation read for alignment: its sentences in order, with paragraph indices, and the line of the file each
 * sentence comes from (for reviewers); for the language check, its letter counts and its first characters.
 *
 * <p>Plain text only for now: one paragraph per non-blank line, as Okapi's plain-text filter reads it. Other
 * formats need only another factory method producing the same record. The file is read line by line: memory holds
 * the sentences, never the file's text a second time.
 */
record TranslationDocument(Path file, List<Sentence> sentences, int[] lines, String sample,
                           LanguageCheck.Letters letters) {

    /** Reads a UTF-8 plain-text translation and segments it with the given segmenter (its language's rules). */
    static TranslationDocument readPlainText(Path file, ISegmenter segmenter) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        StringBuilder sample = new StringBuilder();
        LanguageCheck.Letters letters = new LanguageCheck.Letters();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 0;
        int paragraph = 0;
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            StringBuilder current = new StringBuilder();
            char[] buffer = new char[8192];
            boolean lastWasCr = false;
            boolean first = true;
            for (int n; (n = read(in, buffer, line)) >= 0; ) {
                int from = 0;
                if (first && n > 0) {
                    first = false;
                    from = buffer[0] == '\uFEFF' ? 1 : 0; // a byte order mark is not text
                }
                int take = Math.min(n - from, LanguageCheck.SAMPLE_CHARS - sample.length());
                if (take > 0) {
                    sample.append(buffer, from, take);
                }
                for (int i = from; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n' && lastWasCr) {
                        lastWasCr = false;
                        continue;
                    }
                    lastWasCr = c == '\r';
                    if (c == '\n' || c == '\r') {
                        line++;
                        paragraph += addParagraph(current, line, paragraph, segmenter, sentences, lines, letters);
                        current.setLength(0);
                    } else {
                        current.append(c);
                    }
                }
            }
            line++;
            addParagraph(current, line, paragraph, segmenter, sentences, lines, letters);
        }
        return new TranslationDocument(file, sentences, lines.stream().mapToInt(Integer::intValue).toArray(),
                sample.toString(), letters);
    }

    private static int read(Reader in, char[] buffer, int linesBefore) throws IOException {
        try {
            return in.read(buffer);
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 after line " + linesBefore, e);
        }
    }

    /** Segments one line; returns 1 if it holds a paragraph (it is not blank), else 0. */
    private static int addParagraph(CharSequence lineText, int line, int paragraph, ISegmenter segmenter,
                                    List<Sentence> sentences, List<Integer> lines, LanguageCheck.Letters letters) {
        letters.count(lineText);
        String paragraphText = lineText.toString().strip();
        if (paragraphText.isEmpty()) {
            return 0;
        }
        segmenter.computeSegments(paragraphText);
        for (Range range : segmenter.getRanges()) {
            String sentence = paragraphText.substring(range.start, range.end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(new Sentence(sentence, paragraph));
                lines.add(line);
            }
        }
        return 1;
    }
}
