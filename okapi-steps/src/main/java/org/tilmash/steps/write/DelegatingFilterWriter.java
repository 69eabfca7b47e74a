package org.tilmash.steps.write;

import java.io.OutputStream;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.skeleton.ISkeletonWriter;

/**
 * An Okapi filter writer set up by tilmash around one of Okapi's own: everything but the events and the name is
 * the wrapped writer's. Subclasses adjust the events on their way to it.
 */
abstract class DelegatingFilterWriter implements IFilterWriter {

    private final IFilterWriter writer;
    private LocaleId target;

    protected DelegatingFilterWriter(IFilterWriter writer) {
        this.writer = writer;
    }

    /** The writer that writes the file. */
    protected IFilterWriter writer() {
        return writer;
    }

    /** The target language this file is written for. */
    protected LocaleId target() {
        return target;
    }

    @Override
    public void setOptions(LocaleId locale, String defaultEncoding) {
        this.target = locale;
        writer.setOptions(locale, defaultEncoding);
    }

    @Override
    public void setOutput(String path) {
        writer.setOutput(path);
    }

    @Override
    public void setOutput(OutputStream output) {
        writer.setOutput(output);
    }

    @Override
    public void close() {
        writer.close();
    }

    @Override
    public void cancel() {
        writer.cancel();
    }

    @Override
    public IParameters getParameters() {
        return writer.getParameters();
    }

    @Override
    public void setParameters(IParameters params) {
        writer.setParameters(params);
    }

    @Override
    public EncoderManager getEncoderManager() {
        return writer.getEncoderManager();
    }

    @Override
    public ISkeletonWriter getSkeletonWriter() {
        return writer.getSkeletonWriter();
    }
}
