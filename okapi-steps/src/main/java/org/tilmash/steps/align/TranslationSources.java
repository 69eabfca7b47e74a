package org.tilmash.steps.align;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import org.tilmash.steps.read.DocumentFormat;

/** Finds, for a source document, its translation into a target language, if there is one. */
@FunctionalInterface
public interface TranslationSources {

    /**
     * @param sourceDocument the URI of the source document being processed
     * @param target         the target locale (ru-RU, en-US)
     * @return the translation file; empty if the document has none in that language
     */
    Optional<Path> find(URI sourceDocument, LocaleId target);

    /**
     * Translations named after the source beside it: for {@code NAME.kk.EXT}, {@code NAME.ru.EXT} and
     * {@code NAME.en.EXT} (the language part of the target locale), when they exist; failing that, the same name in
     * another format tilmash reads ({@code NAME.ru.txt} beside {@code NAME.kk.docx}), in the order of
     * {@link DocumentFormat}.
     */
    static TranslationSources besideSource() {
        return (source, target) -> {
            if (!"file".equals(source.getScheme())) {
                return Optional.empty();
            }
            Path path = Path.of(source);
            return namesBeside(path.getFileName().toString(), target).stream().map(path::resolveSibling)
                    .filter(Files::exists).findFirst();
        };
    }

    /**
     * The names a translation of the file {@code kazakhFileName} may have beside it, in the order
     * {@link #besideSource()} looks for them (also for directories that are not local: {@code tilmash corpus}).
     */
    static List<String> namesBeside(String kazakhFileName, LocaleId target) {
        Matcher m = Pattern.compile("(.*)\\.kk(\\.[^.]+)?$").matcher(kazakhFileName);
        if (!m.matches()) {
            return List.of();
        }
        String name = m.group(1) + "." + target.getLanguage();
        return Stream.concat(Stream.of(name + (m.group(2) == null ? "" : m.group(2))),
                Arrays.stream(DocumentFormat.values()).flatMap(f -> f.extensions().stream())
                        .map(extension -> name + "." + extension)).toList();
    }

    /** The same files for every document (the CLI's {@code --ru FILE} / {@code --en FILE}), keyed by language. */
    static TranslationSources explicit(Map<String, Path> byLanguage) {
        return (source, target) -> Optional.ofNullable(byLanguage.get(target.getLanguage()));
    }

    /** This source's answer, or the other's where this one has none. */
    default TranslationSources orElse(TranslationSources other) {
        return (source, target) -> {
            Optional<Path> found = find(source, target);
            return found.isPresent() ? found : other.find(source, target);
        };
    }
}
