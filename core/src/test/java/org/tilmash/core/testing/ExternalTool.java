package org.tilmash.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A program a test needs besides Java (OmegaT, pocount, xmllint). When it is missing the test is skipped with the
 * reason in the report, or, under CI (environment variable {@code CI} set, as every CI service does, and not
 * {@code false}), fails: there {@code scripts/setup} installs it, so a missing tool is a broken setup, not a reason
 * to pass silently.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** The executable {@code command} on the PATH, from Debian's {@code debianPackage}. */
    public static Path command(String command, String debianPackage) {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            missing(command + " (not on the PATH)", debianPackage);
        }
        return found.orElseThrow();
    }

    /** A file a tool installs, e.g. {@code /usr/share/omegat/OmegaT.jar} from Debian's {@code omegat}. */
    public static Path file(Path file, String debianPackage) {
        if (!Files.isRegularFile(file)) {
            missing(file.toString(), debianPackage);
        }
        return file;
    }

    static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    private static void missing(String what, String debianPackage) {
        String install = "scripts/setup installs it (apt-get install " + debianPackage + ")";
        if (underCi()) {
            fail(what + " is missing, and CI is set: " + install);
        }
        assumeTrue(false, what + " is missing: test skipped; " + install + ", or set CI=true to make this a failure");
    }
}
