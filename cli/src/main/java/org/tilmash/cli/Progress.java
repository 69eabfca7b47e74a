package org.tilmash.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on standard error for long work over many files (me.tongfei:progressbar): bytes read of all the
 * files, files done, the current file, speed and time left. Only on an interactive terminal: in CI (the CI variable
 * set) or when standard error or output is not a terminal, it prints nothing at all. Thread-safe.
 */
final class Progress implements AutoCloseable {

    /** Whole megabytes from 10 MB on, else kilobytes: the figures stay readable at both ends. */
    private static final long LARGE = 10_000_000;

    private final ProgressBar bar;
    private final String noun;
    private final int files;
    private int done;

    private Progress(ProgressBar bar, String noun, int files) {
        this.bar = bar;
        this.noun = noun;
        this.files = files;
        message(null);
    }

    /**
     * Starts a bar for work over {@code files} (their sizes make the total), drawn only on an interactive terminal.
     *
     * @param noun what the files are, in the plural ("documents"), for "2/8 documents"
     */
    static Progress start(String task, String noun, List<Path> files) {
        boolean shown = interactive(System.getenv(), System.console() != null, Progress::standardErrorIsTerminal);
        return new Progress(shown ? bar(task, totalSize(files), null) : null, noun, files.size());
    }

    /** No bar: for callers that run without one. */
    static Progress none() {
        return new Progress(null, "", 0);
    }

    /** A bar drawn on {@code stream} whether or not it is a terminal: what {@link #start} draws, for tests. */
    static Progress drawnOn(PrintStream stream, String task, String noun, List<Path> files) {
        return new Progress(bar(task, totalSize(files), stream), noun, files.size());
    }

    /** Whether a bar may be drawn: not in CI, not on a dumb terminal, and both outputs on a terminal. */
    static boolean interactive(Map<String, String> environment, boolean console, BooleanSupplier standardError) {
        String ci = environment.get("CI");
        boolean inCi = ci != null && !ci.equalsIgnoreCase("false") && !ci.equals("0");
        return !inCi && console && !"dumb".equals(environment.get("TERM")) && standardError.getAsBoolean();
    }

    /** System.console() speaks of standard input and output only; jline asks the system about standard error. */
    private static boolean standardErrorIsTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ProgressBar bar(String task, long total, PrintStream stream) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().showSpeed()
                .setUnit(total >= LARGE ? " MB" : " kB", total >= LARGE ? 1_000_000 : 1_000);
        if (stream != null) {
            builder.setConsumer(new ConsoleProgressBarConsumer(stream));
        }
        return builder.build();
    }

    private static long totalSize(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            total += file.toFile().length(); // 0 for a file that cannot be measured: reading it reports it
        }
        return total;
    }


    /** Whether anything is drawn: callers skip the work of measuring progress inside a file when not. */
    boolean shown() {
        return bar != null;
    }

    /** A file starts; close the returned handle when it is done. Its bytes count as its reader reports them. */
    Reading file(Path file) {
        message(file);
        return new Reading(file.toFile().length());
    }

    /** A file counted in one go, with no progress inside it. */
    void fileDone(Path file) {
        try (Reading whole = file(file)) {
            whole.readTo(0);
        }
    }

    private synchronized void message(Path current) {
        if (bar != null) {
            bar.setExtraMessage(" " + done + "/" + files + " " + noun + (current == null ? "" : " " + current));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** The file being read: reports how far its reader is; at close the whole file counts as read. */
    final class Reading implements AutoCloseable {
        private final long size;
        private long read;

        private Reading(long size) {
            this.size = size;
        }

        /** The reader is {@code position} bytes into the file (an estimate is fine: it is capped at the size). */
        void readTo(long position) {
            long step = Math.min(position, size) - read;
            if (step > 0 && bar != null) {
                read += step;
                bar.stepBy(step);
            }
        }

        /** {@code bytes} more bytes read. */
        void read(long bytes) {
            readTo(read + bytes);
        }

        @Override
        public void close() {
            readTo(size);
            synchronized (Progress.this) {
                done++;
            }
            message(null);
        }
    }
}
