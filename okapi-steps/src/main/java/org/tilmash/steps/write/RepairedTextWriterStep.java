package org.tilmash.steps.write;

import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;

/**
 * Writes {@code NAME.kk-repaired.txt}, the source as tilmash segmented it (see {@link RepairedTextWriter}); not
 * {@code NAME.kk.*}, so that a later run never takes it for a source.
 */
@UsingParameters() // No settings: the file name comes from the events.
public final class RepairedTextWriterStep extends FilterWriterStep {

    @Override
    public String getName() {
        return "tilmash repaired-text writer";
    }

    @Override
    public String getDescription() {
        return "Writes the repaired source, one paragraph per line (NAME.kk-repaired.txt). "
                + "Expects: filter events, one text unit per segment in paragraph groups. Sends back: filter events.";
    }

    @Override
    protected List<Output> outputs(DocumentOutputs document, List<LocaleId> targets) {
        return List.of(new Output(new RepairedTextWriter(), document.source(),
                document.file("." + document.source().getLanguage() + "-repaired.txt")));
    }
}
