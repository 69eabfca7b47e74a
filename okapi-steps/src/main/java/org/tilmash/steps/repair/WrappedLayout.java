package org.tilmash.steps.repair;

import java.util.Arrays;

/**
 * Whether a plain-text document is laid out hard-wrapped, judged from the lengths of its first lines: in a wrapped
 * document most lines that another line follows are filled close to one width (the wrap column), while a document
 * of one paragraph or one list item per line has lengths spread over a wide range.
 *
 * <p>The width is the 90th percentile of those lengths (a long unbreakable word, a URL, may overrun the column),
 * and the layout is wrapped when at least {@link #FILLED_SHARE} of the lines are within {@link #FILL} of it: a
 * wrapping editor fills each line up to the column less the next word, so most lines lose less than a long word
 * (about 15 characters at 72 columns, a fifth). Fewer than {@link #MIN_LINES} lines show nothing.
 */
final class WrappedLayout {

    static final int MIN_LINES = 8;
    static final double FILL = 0.8;
    static final double FILLED_SHARE = 0.6;

    private WrappedLayout() {
    }

    /**
     * The wrap width, or 0 when the lines do not show a wrapped layout.
     *
     * @param lengths lengths in code points of the lines directly followed by another line (not by a blank line,
     *                not the last line)
     */
    static int width(int[] lengths) {
        if (lengths.length < MIN_LINES) {
            return 0;
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
        long filled = Arrays.stream(sorted).filter(n -> n >= FILL * width && n <= width).count();
        return width > 0 && filled >= FILLED_SHARE * sorted.length ? width : 0;
    }
}
