package org.tilmash.steps.segment;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipeline.Pipeline;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.steps.common.RawDocumentToFilterEventsStep;
import org.tilmash.steps.repair.KazakhTextRepairStep;
import org.tilmash.steps.repair.RepairCounts;

/** Runs plain text through the reading steps of the real pipeline: Okapi's plain-text filter, repair, SRX. */
final class RepairAndSegment {

    /** The segments of each paragraph (text unit), and the repair counts of the document. */
    record Result(List<List<String>> paragraphs, RepairCounts repairs) {
        List<String> segments() {
            return paragraphs.stream().flatMap(List::stream).toList();
        }
    }

    private RepairAndSegment() {
    }

    static Result run(String text, LocaleId language, SegmentationRules rules, boolean repair) {
        Collector collector = new Collector();
        Pipeline pipeline = new Pipeline();
        List<IPipelineStep> steps = new ArrayList<>();
        steps.add(new RawDocumentToFilterEventsStep(new PlainTextFilter()));
        if (repair) {
            steps.add(new KazakhTextRepairStep());
        }
        steps.add(rules.step(language));
        steps.add(collector);
        steps.forEach(pipeline::addStep);
        pipeline.startBatch();
        pipeline.process(new RawDocument(text, language));
        pipeline.endBatch();
        pipeline.destroy();
        return new Result(collector.paragraphs, collector.repairs);
    }

    static Result kazakh(String text) {
        return run(text, LocaleId.fromString("kk-KZ"), SegmentationRules.tilmash(), true);
    }

    /** The last step: keeps what the steps before it made. */
    private static final class Collector extends BasePipelineStep {
        final List<List<String>> paragraphs = new ArrayList<>();
        RepairCounts repairs;

        @Override
        public String getName() {
            return "collector";
        }

        @Override
        public String getDescription() {
            return "Keeps the segments of each text unit.";
        }

        @Override
        protected Event handleTextUnit(Event event) {
            ITextUnit unit = event.getTextUnit();
            List<String> segments = new ArrayList<>();
            for (Segment segment : unit.getSource().getSegments()) {
                segments.add(segment.getContent().getText());
            }
            paragraphs.add(segments);
            return event;
        }

        @Override
        protected Event handleEndDocument(Event event) {
            repairs = (RepairCounts) event.getEnding().getAnnotation(RepairCounts.class);
            return event;
        }
    }
}
