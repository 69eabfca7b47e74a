package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import org.tilmash.steps.write.SegmentUnitsStep;

/**
 * The last step of a {@link SourceSentenceReader}'s pipeline: keeps the text and paragraph of every source
 * segment, as {@link ParallelAlignmentStep} will see them in the main pipeline, and nothing else.
 */
final class SentenceCollectorStep extends BasePipelineStep {
    private final List<Sentence> sentences = new ArrayList<>();
    private int paragraph;

    @Override
    public String getName() {
        return "Sentence collector";
    }

    @Override
    public String getDescription() {
        return "Keeps the source segments' text, for the alignment step's first pass.";
    }

    /** The segments collected so far. */
    List<Sentence> sentences() {
        return sentences;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (SegmentUnitsStep.isParagraph(unit)) {
            for (Segment segment : unit.getSource().getSegments()) {
                sentences.add(new Sentence(segment.text.getText(), paragraph));
            }
            paragraph++;
        }
        return event;
    }
}
