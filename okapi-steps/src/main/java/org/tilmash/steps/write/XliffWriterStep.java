package org.tilmash.steps.write;

import java.util.List;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.UsingParameters;
import org.tilmash.steps.ToolVersion;

/** Writes {@code NAME.kk-LL.xlf}, XLIFF 1.2 for translators, one file per target language. */
@UsingParameters(XliffWriterParameters.class) // The version; the file names come from the events.
public final class XliffWriterStep extends FilterWriterStep {

    private XliffWriterParameters params = new XliffWriterParameters();

    @Override
    public XliffWriterParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (XliffWriterParameters) params;
    }

    @Override
    public String getName() {
        return "tilmash XLIFF writer";
    }

    @Override
    public String getDescription() {
        return "Writes one XLIFF 1.2 (or 2.1) file per target language (NAME.kk-LL.xlf) beside the output URI. "
                + "Expects: filter events, one text unit per segment. Sends back: filter events.";
    }

    @Override
    protected List<Output> outputs(DocumentOutputs document, List<LocaleId> targets) {
        return targets.stream().map(target -> new Output(writer(document), target,
                document.file(target, ".xlf"))).toList();
    }

    private IFilterWriter writer(DocumentOutputs document) {
        if (Xliff2TargetWriter.VERSION.equals(params.getVersion())) {
            return new Xliff2TargetWriter(start -> document.input());
        }
        if (!XliffWriterParameters.XLIFF_1_2.equals(params.getVersion())) {
            throw new IllegalArgumentException("XLIFF version must be 1.2 or 2.1, not " + params.getVersion());
        }
        return new XliffTargetWriter(ToolVersion.get(), start -> document.input());
    }
}
