package org.tilmash.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.tilmash.steps.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: {@code tilmash <command>}. */
@Command(name = "tilmash", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = TilmashCommand.Version.class,
        description = "Turns Kazakh documents into parallel corpora and translation memories (kk -> ru, en).",
        subcommands = {RunCommand.class, SegmentCommand.class, CoverageCommand.class, TmCommand.class,
            MergeCommand.class, HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 coverage below the threshold, 2 usage error, 3 bad input,",
            "4 output cannot be written, 70 internal error (a bug: rerun with --verbose and report it)."})
final class TilmashCommand {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log what the pipeline does, and show stack traces of internal errors.")
    boolean verbose;

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
