package org.tilmash.corpus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import org.tilmash.steps.slots.Languages;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.write.TmxFileWriter;

/**
 * One merged TMX of the corpus ({@code corpus.kk-ru.tmx}, {@code corpus.kk-en.tmx} or {@code corpus.tmx}) and its
 * shards: documents are appended in corpus order, each document's units as {@code run} wrote them. A shard
 * ({@code shards/corpus.kk-ru.00000.tmx}, ...) is a complete TMX file with the same header; it is closed after the
 * document that brings it to the shard size, so a document is never split and the shards, in order, hold exactly the
 * merged file's units. Every file is staged and appears only when the transaction commits.
 */
final class MergedTmx implements AutoCloseable {

    private final OutputTransaction outputs;
    private final Path shardDirectory;
    private final String name;
    private final LocaleId target;
    private final String version;
    private final long shardUnits;
    private final Sink merged;
    private final List<Path> shards = new ArrayList<>();
    private Sink shard;
    private long units;

    /**
     * @param name   the merged file's name, {@code corpus.kk-ru.tmx}; shards are named after it
     * @param target the target language of the header (Russian for the multilingual file, as {@code run} writes it)
     */
    MergedTmx(OutputTransaction outputs, Path directory, String name, LocaleId target, String version,
              long shardUnits) {
        this.outputs = outputs;
        this.shardDirectory = directory.resolve("shards");
        this.name = name;
        this.target = target;
        this.version = version;
        this.shardUnits = shardUnits;
        this.merged = new Sink(directory.resolve(name));
    }

    /** Appends the units of one document's TMX file. */
    void append(Path documentTmx) {
        if (shard == null) {
            String base = name.substring(0, name.length() - ".tmx".length());
            shards.add(shardDirectory.resolve(String.format("%s.%05d.tmx", base, shards.size())));
            shard = new Sink(shards.get(shards.size() - 1));
        }
        try {
            long added = TmxBody.copy(documentTmx, text -> {
                merged.xml.writeRawXML(text);
                shard.xml.writeRawXML(text);
            });
            units += added;
            shard.units += added;
        } catch (IOException e) {
            throw new OutputFailure(documentTmx, e);
        }
        if (shard.units >= shardUnits) {
            shard.close();
            shard = null;
        }
    }

    long units() {
        return units;
    }

    /** The shards written, relative to the output directory. */
    List<String> shardNames() {
        return shards.stream().map(p -> "shards/" + p.getFileName()).toList();
    }

    @Override
    public void close() {
        if (shard != null) {
            shard.close();
            shard = null;
        }
        merged.close();
    }

    /** A staged TMX file being written. */
    private final class Sink {
        final XMLWriter xml;
        final TMXWriter tmx;
        long units;

        Sink(Path file) {
            Path staged = outputs.stage(file);
            try {
                xml = new XMLWriter(new OutputStreamWriter(Files.newOutputStream(staged), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new OutputFailure(file, e);
            }
            tmx = new TMXWriter(xml);
            TmxFileWriter.writeStart(tmx, Languages.KAZAKH, target, version);
        }

        void close() {
            tmx.writeEndDocument();
            tmx.close();
        }
    }
}
