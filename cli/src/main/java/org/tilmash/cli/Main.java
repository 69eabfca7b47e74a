package org.tilmash.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.core.OutputFailure;
import picocli.CommandLine;

/** The entry point: runs a command and turns every user-facing failure into one line and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code tilmash args}; the exit code is the result (also what the tests call). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        TilmashCommand tilmash = new TilmashCommand();
        CommandLine commandLine = new CommandLine(tilmash);
        ServiceLoader.load(ExtensionCommand.class).forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            int code = exitCodeOf(e);
            cl.getErr().println("tilmash: " + messageOf(e));
            if (tilmash.verbosity.isVerbose()) {
                e.printStackTrace(cl.getErr());
            }
            cl.getErr().flush();
            return code;
        });
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            // An Error (out of memory, a broken installation) is not the user's mistake, but still one line.
            boolean verbose = tilmash.verbosity.isVerbose();
            err.println("tilmash: internal error: " + e + (verbose ? "" : " (rerun with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL;
        }
    }

    /** The exit code of a command's failure (also what the corpus job records for a failed document). */
    public static int exitCodeOf(Exception e) {
        if (e instanceof UserError user) {
            return user.exitCode();
        }
        if (e instanceof InputProblem) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof OutputFailure) {
            return ExitCode.OUTPUT;
        }
        return ExitCode.INTERNAL;
    }

    /** The one line a command's failure is told in, without the {@code tilmash: } prefix. */
    public static String messageOf(Exception e) {
        if (e instanceof UserError || e instanceof InputProblem || e instanceof OutputFailure) {
            return e.getMessage();
        }
        return "internal error: " + e + " (rerun with --verbose for the stack trace, and please report it)";
    }
}
