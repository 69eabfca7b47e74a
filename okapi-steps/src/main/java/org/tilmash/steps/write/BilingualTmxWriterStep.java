package org.tilmash.steps.write;

import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import org.tilmash.steps.ToolVersion;

/** Writes {@code NAME.kk-LL.tmx}, a bilingual TMX 1.4b of the translated units, one file per target language. */
@UsingParameters() // No settings: the file names come from the events.
public final class BilingualTmxWriterStep extends FilterWriterStep {

    @Override
    public String getName() {
        return "tilmash bilingual TMX writer";
    }

    @Override
    public String getDescription() {
        return "Writes one bilingual TMX 1.4b file per target language (NAME.kk-LL.tmx) with the translated units. "
                + "Expects: filter events, one text unit per segment. Sends back: filter events.";
    }

    @Override
    protected List<Output> outputs(DocumentOutputs document, List<LocaleId> targets) {
        return targets.stream().map(target -> new Output(new BilingualTmxWriter(ToolVersion.get()), target,
                document.file(target, ".tmx"))).toList();
    }
}
