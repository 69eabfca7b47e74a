package org.tilmash.steps.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import net.htmlparser.jericho.EndTag;
import net.htmlparser.jericho.HTMLElements;
import net.htmlparser.jericho.Segment;
import net.htmlparser.jericho.StartTag;
import net.htmlparser.jericho.StreamedSource;

/**
 * Checks an input file before any output is staged, so that a bad input fails the run cleanly: missing, unreadable,
 * empty, binary, or not UTF-8 (named with the byte offset and line of the first bad byte). The check streams the file
 * in fixed-size chunks: memory does not grow with its size.
 */
public final class SourceFileCheck {

    private static final int CHUNK = 64 * 1024;
    /**
     * The largest part of a zip-based document (DOCX) read: Okapi's OpenXML filter holds a part's XML in memory,
     * several times over, so a part must fit a 512 MB heap with room to spare.
     */
    static final long MAX_ZIP_ENTRY_BYTES = 64L << 20;
    /**
     * The longest plain-text line read: Okapi's plain-text filter makes each line a text unit, held whole through
     * repair, segmentation and the writers (several copies of it); 50 MB on one line exhausts a 512 MB heap. No
     * paragraph is this long: such a file is a dump, not a document.
     */
    static final long MAX_TEXT_LINE_BYTES = 8L << 20;
    /**
     * The deepest nesting of HTML elements read. Okapi's markup filter checks its whole rule stack at every tag, so
     * its time grows with depth times tags: 100,000 nested {@code <div>}s take minutes of CPU. Real pages nest a few
     * dozen levels; 2,000 still reads in seconds.
     */
    static final int MAX_HTML_DEPTH = 2_000;

    private SourceFileCheck() {
    }

    /** Throws {@link InputProblem} when the file cannot be read as a document of the format. */
    public static void check(Path file, DocumentFormat format) {
        if (!Files.exists(file)) {
            throw new InputProblem(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file, "not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (format.isText()) {
                checkUtf8Text(file, in, format == DocumentFormat.PLAIN_TEXT ? MAX_TEXT_LINE_BYTES : Long.MAX_VALUE);
                if (format == DocumentFormat.HTML) {
                    checkHtmlDepth(file);
                }
            } else if (in.read() < 0) {
                throw new InputProblem(file, "the file is empty");
            } else if (format == DocumentFormat.DOCX) {
                checkZipEntrySizes(file);
            }
        } catch (AccessDeniedException e) {
            throw new InputProblem(file, "permission denied");
        } catch (NoSuchFileException e) {
            throw new InputProblem(file, "no such file");
        } catch (IOException e) {
            throw new InputProblem(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void checkUtf8Text(Path file, InputStream in, long maxLineBytes) throws IOException {
        long lineBytes = 0; // bytes since the last line break
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK).limit(0);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long consumed = 0; // bytes before bytes.position(0)
        long line = 1;
        boolean hasText = false;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.limit(), bytes.capacity() - bytes.limit());
            end = n < 0;
            if (n > 0) {
                bytes.limit(bytes.limit() + n);
            }
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                long offset = consumed + bytes.position();
                line += countNewlines(bytes, start, bytes.position());
                throw new InputProblem(file, String.format(
                        "not valid UTF-8: byte 0x%02X at byte offset %d (line %d); save the file as UTF-8",
                        bytes.get(bytes.position()) & 0xFF, offset, line));
            }
            byte[] array = bytes.array(); // one pass over the array: this check reads every byte of the input
            for (int i = start; i < bytes.position(); i++) {
                if (array[i] == 0) { // in valid UTF-8 a zero byte is the NUL character and nothing else
                    throw new InputProblem(file, "a binary file, not text (NUL byte on line " + line + ")");
                }
                if (array[i] == '\n') {
                    line++;
                    lineBytes = 0;
                } else if (++lineBytes > maxLineBytes) {
                    throw new InputProblem(file, String.format("too large: line %d is longer than %d MB (a plain-text "
                            + "line is one paragraph, which is read whole into memory)", line, maxLineBytes >> 20));
                }
            }
            char[] decoded = chars.array();
            for (int i = 0; i < chars.position(); i++) {
                char c = decoded[i];
                hasText = hasText || !Character.isWhitespace(c) && c != '\uFEFF';
            }
            chars.clear();
            consumed += bytes.position();
            // Keep the undecoded tail (a split multi-byte character) at the start; read more after it.
            bytes.compact();
            bytes.flip();
        }
        if (!hasText) {
            throw new InputProblem(file, "the file is empty (no text to translate)");
        }
    }

    /**
     * A DOCX is a zip archive; Okapi's filter reads its XML parts whole into memory. A part that inflates beyond
     * {@link #MAX_ZIP_ENTRY_BYTES} (a zip bomb: 1 GB of spaces is a 1 MB file) is refused here, before the filter
     * opens it, instead of exhausting the heap. The sizes are measured by inflating (declared sizes can lie), in
     * fixed-size chunks and stopping at the limit: time and memory stay bounded.
     */
    private static void checkZipEntrySizes(Path file) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    if (size > MAX_ZIP_ENTRY_BYTES) {
                        throw new InputProblem(file, String.format("too large: its part %s inflates beyond %d MB "
                                + "(a zip bomb, or a document larger than tilmash reads)", entry.getName(),
                                MAX_ZIP_ENTRY_BYTES >> 20));
                    }
                }
            }
        } catch (ZipException e) {
            throw new InputProblem(file, "not a valid DOCX (zip) file: " + e.getMessage());
        }
    }

    /**
     * Streams the page's tags with Jericho (the parser under Okapi's HTML filter) and refuses one nested deeper than
     * {@link #MAX_HTML_DEPTH}. Only elements whose end tag is required count: void elements and those with an
     * optional end tag ({@code <p>}, {@code <li>}) never nest without closing in real pages.
     */
    private static void checkHtmlDepth(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             StreamedSource source = new StreamedSource(reader)) {
            source.setLogger(null);
            int depth = 0;
            long line = 1;
            for (Segment segment : source) {
                if (segment instanceof StartTag tag && nests(tag.getName()) && !tag.isSyntacticalEmptyElementTag()) {
                    if (++depth > MAX_HTML_DEPTH) {
                        throw new InputProblem(file, String.format("too deeply nested: more than %d HTML elements "
                                + "inside each other (line %d)", MAX_HTML_DEPTH, line));
                    }
                } else if (segment instanceof EndTag tag && nests(tag.getName()) && depth > 0) {
                    depth--;
                }
                line += segment.toString().chars().filter(c -> c == '\n').count();
            }
        }
    }

    private static boolean nests(String element) {
        return !HTMLElements.getEndTagForbiddenElementNames().contains(element)
                && !HTMLElements.getEndTagOptionalElementNames().contains(element);
    }

    private static long countNewlines(ByteBuffer bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
