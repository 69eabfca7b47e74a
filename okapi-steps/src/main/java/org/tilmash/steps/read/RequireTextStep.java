package org.tilmash.steps.read;

import java.net.URI;
import java.nio.file.Path;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextPart;

/**
 * Refuses a document in which its filter found no text to translate: HTML or Markdown with markup only, an
 * {@code .xlf} whose root is not XLIFF. The same rule as an empty {@code .txt} ({@link SourceFileCheck}), for every
 * format: an {@link InputProblem} (exit 3), never empty XLIFF and TMX.
 */
public final class RequireTextStep extends BasePipelineStep {

    private URI input;
    private boolean text;

    @Override
    public String getName() {
        return "Require text";
    }

    @Override
    public String getDescription() {
        return "Fails a document in which the filter found no translatable text.";
    }

    @StepParameterMapping(parameterType = StepParameterType.INPUT_URI)
    public void setInputURI(URI input) {
        this.input = input;
    }

    @Override
    protected Event handleStartDocument(Event event) {
        text = false;
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!text && unit.isTranslatable()) {
            for (TextPart part : unit.getSource()) {
                text |= !part.getContent().getText().isBlank();
            }
        }
        return event;
    }

    @Override
    protected Event handleEndDocument(Event event) {
        if (!text) {
            throw new InputProblem(Path.of(DisplayPath.of(Path.of(input))),
                    "no text to translate (its reader found none: is the file of the format its extension says?)");
        }
        return event;
    }
}
