package org.tilmash.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ServiceLoader;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.write.OutputFailure;
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
        boolean verbose = Arrays.asList(args).contains("--verbose");
        // slf4j-simple reads its level once, when the first logger is made: set it before anything logs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        CommandLine commandLine = new CommandLine(new TilmashCommand());
        ServiceLoader.load(ExtensionCommand.class).forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            int code = exitCodeOf(e);
            cl.getErr().println("tilmash: " + messageOf(e));
            if (verbose) {
                e.printStackTrace(cl.getErr());
            }
            cl.getErr().flush();
            return code;
        });
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            // An Error (out of memory, a broken installation) is not the user's mistake, but still one line.
            err.println("tilmash: internal error: " + e + (verbose ? "" : " (rerun with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL;
        }
    }

    private static int exitCodeOf(Exception e) {
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

    private static String messageOf(Exception e) {
        if (e instanceof UserError || e instanceof InputProblem || e instanceof OutputFailure) {
            return e.getMessage();
        }
        return "internal error: " + e + " (rerun with --verbose for the stack trace, and please report it)";
    }
}
