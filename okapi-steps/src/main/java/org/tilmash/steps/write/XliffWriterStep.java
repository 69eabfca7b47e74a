package org.tilmash.steps.write;

import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import org.tilmash.steps.ToolVersion;

/** Writes {@code NAME.kk-LL.xlf}, XLIFF 1.2 for translators, one file per target language. */
@UsingParameters() // No settings: the file names come from the events.
public final class XliffWriterStep extends FilterWriterStep {

    @Override
    public String getName() {
        return "tilmash XLIFF writer";
    }

    @Override
    public String getDescription() {
        return "Writes one XLIFF 1.2 file per target language (NAME.kk-LL.xlf) beside the output URI. "
                + "Expects: filter events, one text unit per segment. Sends back: filter events.";
    }

    @Override
    protected List<Output> outputs(DocumentOutputs document, List<LocaleId> targets) {
        return targets.stream().map(target -> new Output(
                new XliffTargetWriter(ToolVersion.get(), start -> document.input()), target,
                document.file(target, ".xlf"))).toList();
    }
}
