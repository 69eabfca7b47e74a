package org.tilmash.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.SourceDocuments;
import org.tilmash.cli.UserError;
import org.tilmash.steps.align.TranslationSources;
import org.tilmash.steps.slots.Languages;

/**
 * Lists the document groups of a corpus, sorted by key. An INPUT is a directory tree ({@code NAME.kk.EXT} files with
 * {@code NAME.ru.EXT} / {@code NAME.en.EXT} beside them, found as {@code run} finds them), a manifest
 * ({@code .tsv}: columns {@code kk ru en}, optional header; {@code .jsonl}: objects with {@code kk}, {@code ru},
 * {@code en}) whose relative paths are relative to the manifest, or one Kazakh document. Keys are relative to the
 * directory or to the manifest's directory. Only names are held here, never the documents' text.
 */
final class CorpusInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusInputs() {
    }

    static List<DocumentGroup> list(List<Path> inputs) {
        List<DocumentGroup> groups = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path kazakh : SourceDocuments.kazakhDocumentsIn(input)) {
                    groups.add(besideSource(input, kazakh));
                }
            } else if (!Files.isRegularFile(input)) {
                throw new UserError(ExitCode.BAD_INPUT, input + ": no such file or directory");
            } else if (hasExtension(input, ".tsv")) {
                readManifest(input, false, groups);
            } else if (hasExtension(input, ".jsonl") || hasExtension(input, ".ndjson")) {
                readManifest(input, true, groups);
            } else {
                groups.add(besideSource(input.toAbsolutePath().getParent(), input));
            }
        }
        groups.sort(Comparator.comparing(DocumentGroup::key));
        return withoutCollisions(groups);
    }

    private static DocumentGroup besideSource(Path root, Path kazakh) {
        TranslationSources beside = TranslationSources.besideSource();
        return group(root, kazakh, translation(beside, kazakh, Languages.RUSSIAN),
                translation(beside, kazakh, Languages.ENGLISH), null);
    }

    private static String translation(TranslationSources sources, Path kazakh, LocaleId language) {
        return sources.find(kazakh.toUri(), language).map(Path::toString).orElse(null);
    }

    private static DocumentGroup group(Path root, Path kazakh, String russian, String english, String problem) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absolute = kazakh.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(absoluteRoot) ? absoluteRoot.relativize(absolute)
                : absolute.getRoot().relativize(absolute);
        String key = relative.toString().replace('\\', '/');
        Path parent = relative.getParent();
        String name = SourceDocuments.outputName(absolute);
        String outputs = parent == null ? name : parent.resolve(name).toString().replace('\\', '/');
        return new DocumentGroup(key, outputs, kazakh.toString(), russian, english, problem);
    }

    private static void readManifest(Path manifest, boolean jsonLines, List<DocumentGroup> groups) {
        Path base = manifest.toAbsolutePath().getParent();
        try (BufferedReader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || (!jsonLines && number == 1 && line.startsWith("kk\t"))) {
                    continue;
                }
                String where = manifest + ":" + number;
                String[] files = jsonLines ? jsonFields(line, where) : tsvFields(line, where);
                groups.add(manifestGroup(base, files));
            }
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, manifest + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A group of a manifest line; a file that is no path or file: URI is the group's problem, a failure. */
    private static DocumentGroup manifestGroup(Path base, String[] files) {
        try {
            Path kazakh = base.resolve(toPath(files[0]));
            String russian = files[1] == null ? null : base.resolve(toPath(files[1])).toString();
            String english = files[2] == null ? null : base.resolve(toPath(files[2])).toString();
            return group(base, kazakh, russian, english, null);
        } catch (IllegalArgumentException e) {
            return new DocumentGroup(files[0], files[0], files[0], files[1], files[2], e.getMessage());
        }
    }

    /** A path, or a {@code file:} URI. (Other schemes would need a file system the tasks can read.) */
    private static Path toPath(String file) {
        if (file.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            URI uri;
            try {
                uri = new URI(file);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(file + ": not a valid URI (" + e.getReason() + ")");
            }
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException(file + ": unsupported URI scheme '" + uri.getScheme()
                        + "' (tilmash corpus reads paths and file: URIs)");
            }
            return Path.of(uri);
        }
        return Path.of(file);
    }

    private static String[] tsvFields(String line, String where) {
        String[] columns = line.split("\t", -1);
        if (columns.length > 3 || columns[0].isBlank()) {
            throw new UserError(ExitCode.BAD_INPUT, where + ": expected 1 to 3 tab-separated columns kk, ru, en "
                    + "(kk not empty), found " + columns.length);
        }
        String[] files = new String[3];
        for (int i = 0; i < columns.length; i++) {
            files[i] = columns[i].isBlank() ? null : columns[i].strip();
        }
        return files;
    }

    private static String[] jsonFields(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UserError(ExitCode.BAD_INPUT, where + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject() || !node.path("kk").isTextual() || node.get("kk").asText().isBlank()) {
            throw new UserError(ExitCode.BAD_INPUT, where + ": expected an object with a string \"kk\" "
                    + "and optional \"ru\" and \"en\"");
        }
        String[] files = new String[3];
        String[] names = {"kk", "ru", "en"};
        for (int i = 0; i < 3; i++) {
            JsonNode value = node.get(names[i]);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new UserError(ExitCode.BAD_INPUT, where + ": \"" + names[i] + "\" must be a string");
            }
            files[i] = value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
        }
        return files;
    }

    /** Two groups with the same outputs (a.kk.txt and a.kk.html in one folder, or one key twice): the later fails. */
    private static List<DocumentGroup> withoutCollisions(List<DocumentGroup> sorted) {
        Map<String, String> owners = new HashMap<>();
        List<DocumentGroup> checked = new ArrayList<>(sorted.size());
        for (DocumentGroup group : sorted) {
            String owner = owners.putIfAbsent(group.outputs(), group.key());
            checked.add(owner == null || group.problem() != null ? group
                    : group.withProblem("its outputs would overwrite those of " + owner));
        }
        return checked;
    }

    private static boolean hasExtension(Path file, String extension) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
