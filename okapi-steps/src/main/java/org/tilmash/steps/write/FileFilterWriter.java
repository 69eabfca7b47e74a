package org.tilmash.steps.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.skeleton.ISkeletonWriter;

/**
 * The plumbing of a filter writer that writes one file of its own form (no skeleton, no encoder, no parameters):
 * where to write, and for which target language. Subclasses handle the events.
 */
public abstract class FileFilterWriter implements IFilterWriter {

    private Path path;
    private OutputStream stream;
    private LocaleId target;

    /** The output set by {@link #setOutput}: a new file at the path, or the given stream. */
    protected OutputStream openOutput() throws IOException {
        return stream != null ? stream : Files.newOutputStream(path);
    }

    /** The output path, for error messages; null when writing to a stream. */
    protected Path outputPath() {
        return path;
    }

    protected LocaleId target() {
        return target;
    }

    @Override
    public void setOptions(LocaleId locale, String defaultEncoding) {
        // The encoding is always UTF-8.
        this.target = locale;
    }

    @Override
    public void setOutput(String path) {
        this.path = Path.of(path);
        this.stream = null;
    }

    @Override
    public void setOutput(OutputStream output) {
        this.stream = output;
        this.path = null;
    }

    @Override
    public void cancel() {
        close();
    }

    @Override
    public IParameters getParameters() {
        return null;
    }

    @Override
    public void setParameters(IParameters params) {
        // No parameters: the output form is fixed by the subclass.
    }

    @Override
    public EncoderManager getEncoderManager() {
        return null;
    }

    @Override
    public ISkeletonWriter getSkeletonWriter() {
        return null;
    }
}
