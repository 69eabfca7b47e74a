package org.tilmash.cli;

/**
 * A subcommand shipped in its own jar, so that its dependencies stay out of the main command's (e.g.
 * {@code tilmash corpus} and Apache Spark). {@link Main} finds implementations with {@link java.util.ServiceLoader}
 * when their jar is on the class path; an implementation is a picocli {@code @Command} with a public no-argument
 * constructor, listed in {@code META-INF/services/org.tilmash.cli.ExtensionCommand}.
 */
public interface ExtensionCommand {
}
