package org.tilmash.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tilmash.steps.read.DocumentFormat;

/**
 * Finds the Kazakh documents to process and their parallel translations. A directory contributes every
 * {@code NAME.kk.EXT} in it (recursively) whose format tilmash reads; a file named explicitly is taken whatever its
 * name. (Their translations are found by the alignment step: {@code TranslationSources}.)
 */
public final class SourceDocuments {

    private static final Pattern KAZAKH_NAME = Pattern.compile("(?i)(.+)\\.kk\\.([^.]+)");

    private SourceDocuments() {
    }

    static List<SourceDocument> resolve(List<Path> arguments) {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = kazakhDocumentsIn(argument);
                if (found.isEmpty()) {
                    throw new UserError(ExitCode.BAD_INPUT, argument
                            + ": no Kazakh document here (expected files named NAME.kk.EXT, EXT one of "
                            + supportedExtensions() + ")");
                }
                found.forEach(file -> documents.add(document(file)));
            } else if (!Files.exists(argument)) {
                throw new UserError(ExitCode.BAD_INPUT, argument + ": no such file or directory");
            } else {
                documents.add(document(argument));
            }
        }
        return documents;
    }

    /** Every {@code NAME.kk.EXT} under {@code directory} whose format tilmash reads, sorted by path. */
    public static List<Path> kazakhDocumentsIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> KAZAKH_NAME.matcher(f.getFileName().toString()).matches())
                    .filter(f -> DocumentFormat.of(f).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(ExitCode.BAD_INPUT, directory + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static SourceDocument document(Path file) {
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new UserError(ExitCode.BAD_INPUT,
                file + ": unknown document format (tilmash reads " + supportedExtensions() + ")"));
        return new SourceDocument(file, format, outputName(file));
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
