package org.tilmash.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.okapi.common.LocaleId;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.SourceDocuments;
import org.tilmash.cli.UserError;
import org.tilmash.steps.align.TranslationSources;
import org.tilmash.steps.slots.Languages;

/**
 * Lists the document groups of a corpus, sorted by key. An INPUT is a directory tree ({@code NAME.kk.EXT} files with
 * {@code NAME.ru.EXT} / {@code NAME.en.EXT} beside them, found as {@code run} finds them), a manifest
 * ({@code .tsv}: columns {@code kk ru en}, optional header; {@code .jsonl}: objects with {@code kk}, {@code ru},
 * {@code en}) whose relative paths are relative to the manifest, or one Kazakh document; each a local path, or a URI
 * of a Hadoop file system ({@link RemoteFiles}), as are a manifest's files. Keys are relative to the directory or to
 * the manifest's directory. Only names are held here, never the documents' text.
 */
final class CorpusInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<LocaleId> TRANSLATIONS = List.of(Languages.RUSSIAN, Languages.ENGLISH);

    private CorpusInputs() {
    }

    /** A file: its file system ({@code scheme://authority}, "" when local), its path there, and its name as given. */
    private record Located(String fileSystem, Path path, String name) {

        static Located local(Path file) {
            return new Located("", file, file.toString());
        }

        static Located remote(org.apache.hadoop.fs.Path file) {
            URI uri = file.toUri();
            String fileSystem = uri.getScheme().toLowerCase(Locale.ROOT) + ":"
                    + (uri.getAuthority() == null ? "" : "//" + uri.getAuthority());
            return new Located(fileSystem, Path.of(uri.getPath()), file.toString());
        }

        /** A manifest's entry: a path relative to this directory, or a URI ({@code file:} is local). */
        Located resolve(String entry) {
            if (RemoteFiles.isRemote(entry)) {
                return remote(new org.apache.hadoop.fs.Path(entry));
            }
            if (entry.regionMatches(true, 0, "file:", 0, 5)) {
                return local(Path.of(URI.create(entry)));
            }
            return fileSystem.isEmpty() ? local(path.resolve(entry))
                    : remote(new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(name), entry));
        }
    }

    /** @param hadoop lists the remote inputs and manifests; may be null when every INPUT is local */
    static List<DocumentGroup> list(List<String> inputs, Configuration hadoop) {
        List<DocumentGroup> groups = new ArrayList<>();
        for (String input : inputs) {
            if (RemoteFiles.isRemote(input)) {
                listRemote(input, hadoop, groups);
            } else {
                listLocal(localPath(input), groups);
            }
        }
        groups.sort(Comparator.comparing(DocumentGroup::key));
        return withoutCollisions(groups);
    }

    private static Path localPath(String input) {
        try {
            return input.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(input)) : Path.of(input);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.BAD_INPUT, input + ": not a path or a file: URI (" + e.getMessage() + ")");
        }
    }

    private static void listLocal(Path input, List<DocumentGroup> groups) {
        if (Files.isDirectory(input)) {
            for (Path kazakh : SourceDocuments.kazakhDocumentsIn(input)) {
                groups.add(besideSource(input, kazakh));
            }
        } else if (!Files.isRegularFile(input)) {
            throw new UserError(ExitCode.BAD_INPUT, input + ": no such file or directory");
        } else if (isManifest(input.getFileName().toString())) {
            try (InputStream in = Files.newInputStream(input)) {
                readManifest(input.toString(), in, Located.local(input.toAbsolutePath().getParent()), groups);
            } catch (IOException e) {
                throw new UserError(ExitCode.BAD_INPUT, input + ": cannot be read (" + e.getMessage() + ")");
            }
        } else {
            groups.add(besideSource(input.toAbsolutePath().getParent(), input));
        }
    }

    private static DocumentGroup besideSource(Path root, Path kazakh) {
        TranslationSources beside = TranslationSources.besideSource();
        String[] translations = new String[TRANSLATIONS.size()];
        for (int i = 0; i < translations.length; i++) {
            translations[i] = beside.find(kazakh.toUri(), TRANSLATIONS.get(i)).map(Path::toString).orElse(null);
        }
        return group(Located.local(root), Located.local(kazakh), translations[0], translations[1]);
    }

    /** A directory, manifest or document on a Hadoop file system; one that cannot be read is a user error. */
    private static void listRemote(String input, Configuration hadoop, List<DocumentGroup> groups) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = RemoteFiles.fileSystem(path, hadoop);
            FileStatus status = fs.getFileStatus(path);
            org.apache.hadoop.fs.Path file = status.getPath();
            if (status.isDirectory()) {
                listRemoteTree(fs, file, groups);
            } else if (isManifest(file.getName())) {
                try (InputStream in = fs.open(file)) {
                    readManifest(input, in, Located.remote(file.getParent()), groups);
                }
            } else {
                Set<String> beside = new HashSet<>();
                for (FileStatus sibling : fs.listStatus(file.getParent())) {
                    beside.add(sibling.getPath().getName());
                }
                groups.add(remoteBesideSource(Located.remote(file.getParent()), file, beside));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(ExitCode.BAD_INPUT, e instanceof IOException io ? RemoteFiles.problem(input, io)
                    : input + ": not a valid URI (" + e.getMessage() + ")");
        }
    }

    /** As {@link SourceDocuments#kazakhDocumentsIn} finds them; one directory's names in memory at a time. */
    private static void listRemoteTree(FileSystem fs, org.apache.hadoop.fs.Path root, List<DocumentGroup> groups)
            throws IOException {
        Located base = Located.remote(root);
        Deque<org.apache.hadoop.fs.Path> directories = new ArrayDeque<>(List.of(root));
        while (!directories.isEmpty()) {
            FileStatus[] children = fs.listStatus(directories.pop());
            Set<String> files = new HashSet<>();
            for (FileStatus child : children) {
                if (child.isDirectory()) {
                    directories.push(child.getPath());
                } else {
                    files.add(child.getPath().getName());
                }
            }
            for (FileStatus child : children) {
                if (child.isFile() && SourceDocuments.isKazakhDocument(Path.of(child.getPath().getName()))) {
                    groups.add(remoteBesideSource(base, child.getPath(), files));
                }
            }
        }
    }

    /** A remote document's group, its translations found among {@code beside} as {@code run} finds local ones. */
    private static DocumentGroup remoteBesideSource(Located root, org.apache.hadoop.fs.Path kazakh,
                                                    Set<String> beside) {
        String[] translations = new String[TRANSLATIONS.size()];
        for (int i = 0; i < translations.length; i++) {
            translations[i] = TranslationSources.namesBeside(kazakh.getName(), TRANSLATIONS.get(i)).stream()
                    .filter(beside::contains).findFirst()
                    .map(name -> new org.apache.hadoop.fs.Path(kazakh.getParent(), name).toString()).orElse(null);
        }
        return group(root, Located.remote(kazakh), translations[0], translations[1]);
    }

    /** The group; its key is relative to {@code root} when the source is below it, else to its file system's root. */
    private static DocumentGroup group(Located root, Located kazakh, String russian, String english) {
        Path absoluteRoot = root.path().toAbsolutePath().normalize();
        Path absolute = kazakh.path().toAbsolutePath().normalize();
        Path relative = root.fileSystem().equals(kazakh.fileSystem()) && absolute.startsWith(absoluteRoot)
                ? absoluteRoot.relativize(absolute) : absolute.getRoot().relativize(absolute);
        String key = relative.toString().replace('\\', '/');
        Path parent = relative.getParent();
        String name = SourceDocuments.outputName(absolute);
        String outputs = parent == null ? name : parent.resolve(name).toString().replace('\\', '/');
        return new DocumentGroup(key, outputs, kazakh.name(), russian, english, null);
    }

    private static void readManifest(String manifest, InputStream in, Located directory, List<DocumentGroup> groups)
            throws IOException {
        boolean jsonLines = !hasExtension(manifest, ".tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || (!jsonLines && number == 1 && line.startsWith("kk\t"))) {
                continue;
            }
            String where = manifest + ":" + number;
            String[] files = jsonLines ? jsonFields(line, where) : tsvFields(line, where);
            groups.add(manifestGroup(directory, files));
        }
    }

    /** A group of a manifest line; a file that is no path or URI is the group's problem, a failure. */
    private static DocumentGroup manifestGroup(Located directory, String[] files) {
        try {
            Located kazakh = directory.resolve(files[0]);
            String russian = files[1] == null ? null : directory.resolve(files[1]).name();
            String english = files[2] == null ? null : directory.resolve(files[2]).name();
            return group(directory, kazakh, russian, english);
        } catch (IllegalArgumentException e) {
            return new DocumentGroup(files[0], files[0], files[0], files[1], files[2],
                    "not a path or a URI (" + e.getMessage() + ")");
        }
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

    private static boolean isManifest(String name) {
        return hasExtension(name, ".tsv") || hasExtension(name, ".jsonl") || hasExtension(name, ".ndjson");
    }

    private static boolean hasExtension(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
