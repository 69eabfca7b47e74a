package org.tilmash.steps.write;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.StartDocument;

/**
 * Where a document's outputs go and what they are called, from the events only: the directory and the base name
 * {@code NAME} come from the batch item's output URI ({@code DIR/NAME.kk.EXT}, as Okapi tools name a document's
 * output), else from the input document itself (beside it); the source language from the {@code StartDocument}.
 *
 * @param directory the output directory
 * @param name      the base name of every output file
 * @param source    the source language (its subtag names the files: {@code NAME.kk-ru.xlf})
 * @param input     the source document, as outputs and reports name it (relative to the working directory)
 */
public record DocumentOutputs(Path directory, String name, LocaleId source, String input) {

    /**
     * @param outputUri the batch item's output URI, or null
     * @param inputUri  the document's input URI, or null (then the {@code StartDocument}'s name)
     * @param shown     how outputs name the document's file ({@code TilmashStep.shown})
     */
    public static DocumentOutputs of(StartDocument document, URI outputUri, URI inputUri,
            Function<Path, String> shown) {
        Path input = inputPath(document, inputUri);
        LocaleId source = document.getLocale();
        Path place = outputUri != null && "file".equals(outputUri.getScheme()) ? Path.of(outputUri) : input;
        Path directory = place.toAbsolutePath().getParent();
        return new DocumentOutputs(directory, baseName(place.getFileName().toString(), source),
                source, shown.apply(input));
    }

    /** {@code NAME} of {@code NAME.kk.EXT} (the source language's subtag), else the name without its extension. */
    public static String baseName(String fileName, LocaleId source) {
        Matcher m = Pattern.compile("(.+)\\." + Pattern.quote(source.getLanguage()) + "(\\.[^.]+)?")
                .matcher(fileName);
        if (m.matches()) {
            return m.group(1);
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The document's file: its input URI, or else the {@code StartDocument} name (a path or a file URI). */
    public static Path inputPath(StartDocument document, URI inputUri) {
        if (inputUri != null && "file".equals(inputUri.getScheme())) {
            return Path.of(inputUri);
        }
        String name = document.getName();
        if (name == null) {
            throw new IllegalArgumentException("the document has neither an input URI nor a name");
        }
        try {
            URI uri = URI.create(name.replace('\\', '/').replace(" ", "%20"));
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // Not a URI: a path.
        }
        return Path.of(name);
    }

    /** {@code DIR/NAME + suffix}. */
    public Path file(String suffix) {
        return directory.resolve(name + suffix);
    }

    /** {@code DIR/NAME.kk-ru + extension}: a file for one target language. */
    public Path file(LocaleId target, String extension) {
        return file("." + source.getLanguage() + "-" + target.getLanguage() + extension);
    }
}
