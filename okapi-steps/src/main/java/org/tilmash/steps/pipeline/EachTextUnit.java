package org.tilmash.steps.pipeline;

import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.ITextUnit;

/**
 * The step that ends a pipeline whose text units are used in memory rather than written (the segments
 * {@code segment} prints, the units {@code merge} checks, what tests look at): hands each text unit to a function.
 * It takes code, not parameters, so it is not offered as a plugin step.
 */
public final class EachTextUnit extends BasePipelineStep {

    private final String description;
    private final Consumer<ITextUnit> action;

    /** @param description what {@code action} does, in Okapi's "Does …" form */
    public EachTextUnit(String description, Consumer<ITextUnit> action) {
        this.description = description;
        this.action = action;
    }

    @Override
    public String getName() {
        return "Each text unit";
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        action.accept(event.getTextUnit());
        return event;
    }
}
