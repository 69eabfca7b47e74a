package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.testing.ChildProcess;

/**
 * The release archive as a user gets it: unpacked into an empty directory, run through a symlink from elsewhere, with
 * a Java runtime and a PATH that has no Maven. It must behave byte for byte like the repository's jar.
 */
class ReleaseArchiveIT {

    /** {@code cli/target/tilmash-VERSION}: the archives are this plus .tar.gz and .zip. */
    private static final Path RELEASE = Path.of(System.getProperty("tilmash.release"));
    private static final Path JAR = Path.of(System.getProperty("tilmash.jar"));
    private static final String JAVA_HOME = System.getProperty("java.home");

    @TempDir
    static Path temp;
    private static Path home;
    /** A PATH with only the tools bin/tilmash may call besides shell built-ins: no mvn, no java. */
    private static Path tools;

    @BeforeAll
    static void unpack() throws Exception {
        Path install = Files.createDirectories(temp.resolve("install"));
        Path tarGz = Path.of(RELEASE + ".tar.gz");
        assertEquals(0, run(install, List.of("tar", "-xzf", tarGz.toString()), Map.of()).code());
        home = install.resolve(RELEASE.getFileName());
        tools = Files.createDirectories(temp.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("ls"), Path.of(which("ls")));
    }

    @Test
    void archiveHoldsTheLauncherLibrariesLicencesCompletionAndManPages() throws IOException {
        for (String file : List.of("bin/tilmash", "bin/tilmash.bat", "README.md", "LICENSE", "NOTICE", "THIRD-PARTY",
                "completion/tilmash_completion", "man/man1/tilmash.1", "man/man1/tilmash-run.1")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/tilmash")));
        assertTrue(Files.readString(home.resolve("bin/tilmash.bat")).contains("\r\n"), "a .bat has CRLF lines");
        String thirdParty = Files.readString(home.resolve("THIRD-PARTY"));
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("tilmash-")) {
                    String artifactId = name.replaceFirst("-\\d[^-]*(-[A-Za-z0-9.]+)?\\.jar$", "");
                    assertTrue(thirdParty.contains(":" + artifactId + ":"), name + " is not in THIRD-PARTY");
                }
            }
        }
    }

    @Test
    void zipHoldsWhatTheTarGzHolds() throws Exception {
        ChildProcess listing = run(temp, List.of("tar", "-tzf", RELEASE + ".tar.gz"), Map.of());
        TreeSet<String> inTar = new TreeSet<>(listing.out().lines().filter(l -> !l.endsWith("/")).toList());
        TreeSet<String> inZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(RELEASE + ".zip")) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
        }
        assertEquals(inTar, inZip);
    }

    @Test
    void versionAndRunOnTheSampleMatchTheRepositoryJar() throws Exception {
        // A symlink in another directory, as a user puts one in ~/bin.
        Path link = Files.createDirectories(temp.resolve("links")).resolve("tilmash");
        Files.createSymbolicLink(link, home.resolve("bin/tilmash"));
        Path released = copyOfSeeds(temp.resolve("released"));
        Path repository = copyOfSeeds(temp.resolve("repository"));
        Map<String, String> env = Map.of("PATH", tools.toString(), "JAVA_HOME", JAVA_HOME,
                "SOURCE_DATE_EPOCH", "1700000000");
        String java = Path.of(JAVA_HOME, "bin", "java").toString();

        ChildProcess version = run(released, List.of(link.toString(), "--version"), env);
        ChildProcess jarVersion = run(repository, List.of(java, "-jar", JAR.toString(), "--version"), env);
        assertEquals(jarVersion, version);
        assertTrue(version.out().matches("(?s)tilmash \\S+ \\(commit \\S+\\)\n.*"), version.out());

        ChildProcess run = run(released, List.of(link.toString(), "run"), env);
        ChildProcess jarRun = run(repository, List.of(java, "-jar", JAR.toString(), "run"), env);
        assertEquals(0, run.code(), run.err());
        assertEquals(jarRun, run);
        Map<String, byte[]> outputs = files(released.resolve("out"));
        Map<String, byte[]> jarOutputs = files(repository.resolve("out"));
        assertEquals(jarOutputs.keySet(), outputs.keySet());
        assertEquals(RunCommandTest.OUTPUTS.size(), outputs.size());
        for (String name : outputs.keySet()) {
            assertArrayEquals(jarOutputs.get(name), outputs.get(name), name);
        }
    }

    @Test
    void heapIs512mUnlessJavaOptsSetsOne() throws Exception {
        Map<String, String> env = new TreeMap<>(Map.of("PATH", tools.toString(), "JAVA_HOME", JAVA_HOME,
                "JAVA_OPTS", "-XshowSettings:vm"));
        Path launcher = home.resolve("bin/tilmash");
        assertTrue(run(temp, List.of(launcher.toString(), "--version"), env).err().contains("Max. Heap Size: 512.00M"));
        env.put("JAVA_OPTS", "-Xmx300m -XshowSettings:vm");
        assertTrue(run(temp, List.of(launcher.toString(), "--version"), env).err().contains("Max. Heap Size: 300.00M"));
    }

    @Test
    void repositoryLauncherHasTheSameDefaultHeapAndHonoursJavaOpts() throws Exception {
        // Its tools (it starts with /usr/bin/env sh); no mvn, so a stale jar (a build attempt) fails this test too.
        for (String tool : List.of("sh", "dirname", "find")) {
            Path linked = tools.resolve(tool);
            if (!Files.exists(linked, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(linked, Path.of(which(tool)));
            }
        }
        Map<String, String> env = new TreeMap<>(Map.of("PATH", tools.toString(), "JAVA_HOME", JAVA_HOME,
                "JAVA_OPTS", "-XshowSettings:vm"));
        String launcher = Sample.REPO.resolve("tilmash").toString();
        ChildProcess version = run(temp, List.of(launcher, "--version"), env);
        assertTrue(version.err().contains("Max. Heap Size: 512.00M"), version.err());
        env.put("JAVA_OPTS", "-XshowSettings:vm -Xmx300m");
        assertTrue(run(temp, List.of(launcher, "--version"), env).err().contains("Max. Heap Size: 300.00M"));
    }

    @Test
    void withoutJavaItSaysSoAndExits127() throws Exception {
        ChildProcess result = run(temp, List.of(home.resolve("bin/tilmash").toString(), "--version"),
                Map.of("PATH", tools.toString()));
        assertEquals(127, result.code());
        assertEquals("tilmash: no Java found: install a Java 17+ runtime, or set JAVA_HOME\n", result.err());
        assertFalse(result.out().contains("tilmash"));
    }

    private static Path copyOfSeeds(Path workingDirectory) throws IOException {
        Path seeds = Files.createDirectories(workingDirectory.resolve("seeds"));
        try (Stream<Path> files = Files.list(Sample.REPO.resolve("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, seeds.resolve(file.getFileName()));
            }
        }
        return workingDirectory;
    }

    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String which(String command) throws Exception {
        return run(temp, List.of("sh", "-c", "command -v " + command), Map.of("PATH", System.getenv("PATH")))
                .out().strip();
    }

    /** Runs a command in a directory with exactly the given environment; standard input is empty. */
    private static ChildProcess run(Path directory, List<String> command, Map<String, String> env) throws Exception {
        return ChildProcess.run(directory, command, env, temp);
    }
}
