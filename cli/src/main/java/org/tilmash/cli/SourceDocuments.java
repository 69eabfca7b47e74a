package org.tilmash.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tilmash.steps.read.DocumentFormat;

/**
 * Finds the Kazakh documents to process and their parallel translations. A directory contributes every
 * {@code NAME.kk.EXT} in it (recursively) whose format tilmash reads; a file named explicitly is taken whatever its
 * name. (Their translations are found by the alignment step: {@code TranslationSources}.)
 *
 * <p>Output names mirror the tree below each SOURCE directory: {@code docs/laws/tax.kk.md} given as {@code docs}
 * writes {@code OUT/laws/tax.*}, so documents of the same NAME in different sub-directories never meet; documents
 * directly in a SOURCE directory (the usual case) and files named explicitly write into {@code OUT/} itself. Two
 * documents that would still write the same outputs ({@code a/doc.kk.txt} and {@code b/doc.kk.txt} given as two
 * SOURCEs, or {@code doc.kk.txt} beside {@code doc.kk.md}) are refused, naming both: mirroring cannot separate the
 * second case without inventing names, and prefixing the first with its argument would move the outputs of every
 * run given several directories. Names are compared ignoring case, since on a case-insensitive file system
 * {@code Doc.*} overwrites {@code doc.*}.
 */
public final class SourceDocuments {

    private static final Pattern KAZAKH_NAME = Pattern.compile("(?i)(.+)\\.kk\\.([^.]+)");

    private SourceDocuments() {
    }

    static List<SourceDocument> resolve(List<Path> arguments) {
        Map<Path, SourceDocument> byFile = new LinkedHashMap<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = kazakhDocumentsIn(argument);
                if (found.isEmpty()) {
                    throw new UserError(ExitCode.BAD_INPUT, argument
                            + ": no Kazakh document here (expected files named NAME.kk.EXT, EXT one of "
                            + supportedExtensions() + ")");
                }
                found.forEach(file -> add(byFile, document(file, argument.relativize(file).getParent())));
            } else if (!Files.exists(argument)) {
                throw new UserError(ExitCode.BAD_INPUT, argument + ": no such file or directory");
            } else {
                add(byFile, document(argument, null));
            }
        }
        List<SourceDocument> documents = List.copyOf(byFile.values());
        refuseSharedOutputs(documents);
        return documents;
    }

    /** A file reached twice (named, and inside a directory also named) is one document. */
    private static void add(Map<Path, SourceDocument> byFile, SourceDocument document) {
        byFile.putIfAbsent(document.path().toAbsolutePath().normalize(), document);
    }

    private static void refuseSharedOutputs(List<SourceDocument> documents) {
        Map<String, SourceDocument> byName = new HashMap<>();
        for (SourceDocument document : documents) {
            SourceDocument other = byName.putIfAbsent(document.name().toLowerCase(Locale.ROOT), document);
            if (other != null) {
                throw new UserError(ExitCode.USAGE, other.path() + " and " + document.path()
                        + " would both write " + document.name() + ".* in the output directory: rename one, or "
                        + "give their common parent directory as SOURCE (outputs then mirror its sub-directories)");
            }
        }
    }

    /** Every {@code NAME.kk.EXT} under {@code directory} whose format tilmash reads, sorted by path. */
    public static List<Path> kazakhDocumentsIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(SourceDocuments::isKazakhDocument)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(ExitCode.BAD_INPUT, directory + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** Whether a directory's file is one of its Kazakh documents: named {@code NAME.kk.EXT}, in a format tilmash reads. */
    public static boolean isKazakhDocument(Path file) {
        return KAZAKH_NAME.matcher(file.getFileName().toString()).matches() && DocumentFormat.of(file).isPresent();
    }

    /** @param subdirectory where the file sits below the SOURCE directory it was found in, or null */
    private static SourceDocument document(Path file, Path subdirectory) {
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new UserError(ExitCode.BAD_INPUT,
                file + ": unknown document format (tilmash reads " + supportedExtensions() + ")"));
        String name = outputName(file);
        if (subdirectory != null) {
            name = subdirectory.toString().replace('\\', '/') + '/' + name;
        }
        return new SourceDocument(file, format, name);
    }

    /** The base name of a document's outputs: {@code NAME} of {@code NAME.kk.EXT}, else the name less its extension. */
    public static String outputName(Path file) {
        String fileName = file.getFileName().toString();
        Matcher kazakh = KAZAKH_NAME.matcher(fileName);
        if (kazakh.matches()) {
            return kazakh.group(1);
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String supportedExtensions() {
        List<String> all = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            all.addAll(format.extensions());
        }
        return String.join(", ", all);
    }
}
