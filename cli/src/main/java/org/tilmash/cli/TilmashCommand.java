package org.tilmash.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.tilmash.steps.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** The top command: {@code tilmash <command>}. */
@Command(name = "tilmash", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = TilmashCommand.Version.class,
        description = "Turns Kazakh documents into parallel corpora and translation memories (kk -> ru, en).",
        subcommands = {RunCommand.class, SegmentCommand.class, CoverageCommand.class, TmCommand.class,
            MergeCommand.class, HelpCommand.class},
        // Inherited by every subcommand; 'coverage' has a list of its own, which replaces this one.
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:coverage below the threshold (--min-coverage, coverage --min)",
            "2:usage error", "3:bad input", "4:an output cannot be written",
            "70:internal error (a bug: rerun with --verbose and report it)"})
final class TilmashCommand {

    @Mixin
    Verbosity verbosity;

    /** The version, the commit it was built from ("unknown" when built without git), and the Java runtime. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
                build.load(in);
            }
            return new String[] {"tilmash " + ToolVersion.get() + " (commit " + build.getProperty("commit") + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
