package org.tilmash.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tilmash.core.OutputFailure;

/**
 * {@code DIR/failed.jsonl}, the dead-letter file: one JSON object a line per failed group, in corpus order, with the
 * document (its key and the file as given), the exit class and code {@code run} gives that failure, and the message.
 */
final class FailedLog implements Closeable {

    private final Path file;
    private final OutputStream out;
    private final JsonGenerator json;

    FailedLog(Path file, Path staged) {
        this.file = file;
        try {
            this.out = Files.newOutputStream(staged);
            this.json = new ObjectMapper().getFactory().createGenerator(out);
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new OutputFailure(file, e);
        }
    }

    void add(DocumentResult failure) {
        try {
            json.writeStartObject();
            json.writeStringField("document", failure.group().key());
            json.writeStringField("source", failure.group().kazakh());
            json.writeStringField("exitClass", failure.exitClass());
            json.writeNumberField("exitCode", failure.exitCode());
            json.writeStringField("message", failure.message());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new OutputFailure(file, e);
        }
    }

    @Override
    public void close() {
        try {
            json.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
