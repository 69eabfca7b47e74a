package org.tilmash.steps.write;

import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import org.tilmash.steps.ToolVersion;

/** Writes {@code NAME.tmx}, the multilingual corpus: the source and every non-empty translation of each unit. */
@UsingParameters() // No settings: the file name comes from the events.
public final class MultilingualTmxWriterStep extends FilterWriterStep {

    @Override
    public String getName() {
        return "tilmash multilingual TMX writer";
    }

    @Override
    public String getDescription() {
        return "Writes the multilingual TMX 1.4b corpus (NAME.tmx) of every unit with a translation. "
                + "Expects: filter events, one text unit per segment. Sends back: filter events.";
    }

    @Override
    protected List<Output> outputs(DocumentOutputs document, List<LocaleId> targets) {
        LocaleId first = targets.isEmpty() ? document.source() : targets.get(0);
        return List.of(new Output(new MultilingualTmxWriter(ToolVersion.get()), first, document.file(".tmx")));
    }
}
