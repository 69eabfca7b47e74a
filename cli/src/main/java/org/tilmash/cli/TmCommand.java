package org.tilmash.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tilmash.tmx.memory.ImportSummary;
import org.tilmash.tmx.memory.MemoryMatch;
import org.tilmash.tmx.memory.TranslationMemory;
import org.tilmash.core.LanguageTags;
import org.tilmash.tmx.read.TmxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilmash tm import|lookup}: the translation memory on disk. */
@Command(name = "tm", description = "Imports TMX into the translation memory, and looks texts up in it.",
        subcommands = {TmCommand.Import.class, TmCommand.Lookup.class})
final class TmCommand {

    /** {@code --tm DIR}, shared by the subcommands. */
    static final class MemoryDirectory {
        @Option(names = "--tm", paramLabel = "DIR", defaultValue = MemoryLocation.DEFAULT,
                description = "The memory directory (default: ${DEFAULT-VALUE}/ in the working directory).")
        Path directory;
    }

    @Command(name = "import", description = {"Imports TMX 1.4b files into the memory, merging duplicates.",
        "The files may be bilingual or multilingual, with a Kazakh source. Each file is committed on its own: a bad "
            + "file stops the import with its line and column, and leaves the memory as the files before it made it."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.tmx", arity = "1..*")
        List<Path> files;

        @picocli.CommandLine.Mixin
        MemoryDirectory tm;

        @Option(names = "--source-lang", paramLabel = "LANG",
                description = "The language of the units' sources (default: the memory's own; "
                        + TranslationMemory.DEFAULT_SOURCE_LANGUAGE + " for a new memory).")
        String sourceLanguage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            // Printed once the progress bar is gone (also when a file fails: the files before it are imported).
            StringWriter printed = new StringWriter();
            PrintWriter out = new PrintWriter(printed);
            try (TranslationMemory memory = MemoryLocation.openForWriting(tm.directory);
                 Progress progress = Progress.start("tm import", "files", files)) {
                String source = sourceLanguage != null ? sourceLanguage
                        : memory.sourceLanguage().orElse(TranslationMemory.DEFAULT_SOURCE_LANGUAGE);
                try {
                    memory.requireSourceLanguage(source);
                } catch (IllegalArgumentException e) {
                    throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
                }
                for (Path file : files) {
                    ImportSummary summary;
                    try (Progress.Reading reading = progress.file(file)) {
                        summary = memory.importTmx(file, source, reading::readTo);
                    }
                    out.printf("%s: %d units; added %s; %d duplicates merged; %d without translation%n", file,
                            summary.units(), summary.added(), summary.duplicates(), summary.untranslated());
                }
                out.printf("memory %s: %s%n", tm.directory, sizes(memory));
            } catch (TmxException e) {
                throw new UserError(ExitCode.BAD_INPUT, e.error().toString());
            } finally {
                spec.commandLine().getOut().print(printed);
                spec.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        }

        private static String sizes(TranslationMemory memory) {
            StringBuilder text = new StringBuilder();
            for (String language : memory.languages()) {
                text.append(text.length() == 0 ? "" : ", ").append(language).append(' ').append(memory.size(language));
            }
            return text.length() == 0 ? "empty" : text + " entries";
        }
    }

    @Command(name = "lookup", description = "Prints the exact and fuzzy matches of a Kazakh TEXT, with scores.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT")
        String text;

        @Option(names = "--to", paramLabel = "LANG", required = true, description = "Target language: ru, en...")
        String language;

        @Option(names = "--context", paramLabel = "TEXT", description = "The preceding segment, for in-context matches.")
        String context;

        @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "75",
                description = "Lowest fuzzy score shown (default: ${DEFAULT-VALUE}).")
        int threshold;

        @Option(names = "--max", paramLabel = "N", defaultValue = "5", description = "Fuzzy matches shown at most.")
        int max;

        @picocli.CommandLine.Mixin
        MemoryDirectory tm;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (threshold < 0 || threshold > 100) {
                throw new UserError(ExitCode.USAGE, "--threshold must be between 0 and 100");
            }
            if (max < 0) {
                throw new UserError(ExitCode.USAGE, "--max must be 0 or more, not " + max);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (TranslationMemory memory = MemoryLocation.openExisting(tm.directory)) {
                if (!memory.languages().contains(LanguageTags.primary(language))) {
                    throw new UserError(ExitCode.BAD_INPUT, tm.directory + ": this memory holds no translations into '"
                            + language + "' (" + (memory.languages().isEmpty()
                                    ? "it is empty: fill it with tilmash tm import FILE.tmx --tm " + tm.directory
                                    : "it holds: " + String.join(", ", memory.languages())) + ")");
                }
                List<MemoryMatch> exact = memory.exact(text, context, language);
                List<MemoryMatch> fuzzy = memory.fuzzy(text, language, threshold, max + exact.size()).stream()
                        .filter(m -> exact.stream().noneMatch(e -> e.target().equals(m.target())))
                        .limit(max).toList();
                exact.forEach(m -> print(out, m));
                fuzzy.forEach(m -> print(out, m));
                if (exact.isEmpty() && fuzzy.isEmpty()) {
                    out.println("no match");
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private static void print(PrintWriter out, MemoryMatch m) {
            String kind = m.exact() ? (m.inContext() ? "in-context" : "exact") : "fuzzy";
            out.printf(Locale.ROOT, "%5.1f%%  %-10s %s\t%s\t(%s)%n", m.score(), kind, m.target(), m.source(),
                    m.origin());
        }
    }
}
