package org.tilmash.cli;

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

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tilmash " + ToolVersion.get()};
        }
    }
}
