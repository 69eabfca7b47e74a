package org.tilmash.steps.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.MultiEvent;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tilmash.steps.align.AlignmentReport.LanguageAlignment;
import org.tilmash.steps.align.AlignmentReport.ReviewItem;
import org.tilmash.steps.read.DisplayPath;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashStep;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.steps.slots.SlotFill;

/**
 * Fills the translation slots of a document from its translations, by sentence alignment. The translations are the
 * pipeline's second and third inputs (as Okapi's own aligner takes them), each in the language of its source locale.
 *
 * <p>Sits after the slot step: text units arrive paragraph-level, source segmented, with empty targets mirroring
 * the source segments. Alignment needs the whole document, so the step holds the document's events until
 * END_DOCUMENT, then reads and segments each translation, aligns it ({@link SentenceAligner}; with both
 * translations, each pair checked by the third side, {@link TriangleAligner}), joins source segments where a link
 * needs it ({@link SlotAssignment}), fills the target segments whose link reaches the minimum confidence with a
 * {@link SlotFill} of origin ALIGNED, attaches an {@link AlignmentReport} to the Ending and sends everything on as
 * one multi-event.
 *
 * <p>A missing, unreadable or empty translation, or one in the wrong language, leaves that language's slots empty
 * and says why in the report and in {@link #warnings()}.
 */
@UsingParameters(AlignmentParameters.class)
public final class ParallelAlignmentStep extends TilmashStep {
    private static final Logger LOGGER = LoggerFactory.getLogger(ParallelAlignmentStep.class);
    /** Links below this confidence (or below the minimum, if higher) are listed for review. */
    private static final double REVIEW_BELOW = 0.5;

    private AlignmentParameters params = new AlignmentParameters();
    /** The translations of the document, each in the language of its source locale. */
    private RawDocument secondInput;
    private RawDocument thirdInput;
    /** Reads each translation as the source is read: its format's filter, repair, its language's rules. */
    private TranslationReader reader;
    private final List<String> warnings = new ArrayList<>();
    private final List<Event> held = new ArrayList<>();
    private boolean inDocument;
    private List<LocaleId> targets = List.of();

    @Override
    public String getName() {
        return "Parallel alignment";
    }

    @Override
    public String getDescription() {
        return "Fills the translation slots from the document's translations (second and third inputs) by sentence "
                + "alignment. Expects: filter events with empty target slots. Sends back: filter events, slots filled.";
    }

    @Override
    public AlignmentParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (AlignmentParameters) params;
        this.reader = null;
    }

    @StepParameterMapping(parameterType = StepParameterType.SECOND_INPUT_RAWDOC)
    public void setSecondInput(RawDocument secondInput) {
        this.secondInput = secondInput;
    }

    @StepParameterMapping(parameterType = StepParameterType.THIRD_INPUT_RAWDOC)
    public void setThirdInput(RawDocument thirdInput) {
        this.thirdInput = thirdInput;
    }

    /** The warnings of this step so far, one line each, naming the translation, the language and the problem. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Event handleEvent(Event event) {
        EventType type = event.getEventType();
        if (type == EventType.START_DOCUMENT) {
            held.clear();
            inDocument = true;
            targets = targets(event.getStartDocument());
            return event;
        }
        if (type == EventType.END_DOCUMENT) {
            alignDocument(event);
            held.add(event);
            MultiEvent all = new MultiEvent(new ArrayList<>(held));
            held.clear();
            inDocument = false;
            return new Event(EventType.MULTI_EVENT, all);
        }
        if (inDocument && type != EventType.START_BATCH && type != EventType.END_BATCH
                && type != EventType.START_BATCH_ITEM && type != EventType.END_BATCH_ITEM) {
            held.add(event);
            return Event.createNoopEvent();
        }
        return event;
    }

    /**
     * The input holding the translation into {@code target}: the one in the target's language. An input in none of
     * the target languages (Rainbow gives every input list the project's source language) counts by its place: the
     * second input is the first target's translation, the third the second's.
     */
    private Optional<RawDocument> translation(LocaleId target) {
        RawDocument[] inputs = {secondInput, thirdInput};
        for (RawDocument input : inputs) {
            if (input != null && languageOf(input) != null && languageOf(input).sameLanguageAs(target)) {
                return Optional.of(input);
            }
        }
        int place = targets.indexOf(target);
        if (place >= 0 && place < inputs.length && inputs[place] != null) {
            LocaleId language = languageOf(inputs[place]);
            if (language == null || targets.stream().noneMatch(t -> t.sameLanguageAs(language))) {
                return Optional.of(inputs[place]);
            }
        }
        return Optional.empty();
    }

    private static LocaleId languageOf(RawDocument input) {
        return input.getSourceLocale();
    }

    private void warn(String message) {
        warnings.add(message);
        PipelineRun run = run();
        if (run != null) {
            run.warn(message); // the CLI prints the run's warnings once, as warnings
        } else {
            LOGGER.warn(message);
        }
    }

    /** The reader of translations: the run's SRX rules, and repair as the source gets it. */
    private TranslationReader reader() {
        if (reader == null) {
            reader = new TranslationReader(params.rules(rootDirectory()), params.getRepair());
        }
        return reader;
    }

    /** One source segment with where it lives. */
    private record SourceSegment(ITextUnit unit, String segmentId, int paragraph, String text) {

        /** How a reviewer finds it: the XLIFF group id and the start of the sentence. */
        String reference() {
            String start = text.strip();
            return "p" + paragraph + ": " + (start.length() > 60 ? start.substring(0, 60) + "…" : start);
        }
    }

    private void alignDocument(Event endDocument) {
        List<SourceSegment> segments = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (Event e : held) {
            if (!e.isTextUnit() || !SegmentUnitsStep.isParagraph(e.getTextUnit())) {
                continue;
            }
            ITextUnit unit = e.getTextUnit();
            for (Segment segment : unit.getSource().getSegments()) {
                segments.add(new SourceSegment(unit, segment.getId(), paragraph + 1, segment.text.getText()));
                sentences.add(new Sentence(segment.text.getText(), paragraph));
            }
            paragraph++;
        }
        Map<LocaleId, TranslationDocument> documents = new LinkedHashMap<>();
        Map<String, LanguageAlignment> report = new LinkedHashMap<>();
        for (LocaleId target : targets) {
            Optional<RawDocument> input = translation(target);
            if (input.isEmpty() || !"file".equals(input.get().getInputURI().getScheme())) {
                report.put(target.toBCP47(), LanguageAlignment.warning(null, null, sentences.size()));
                continue;
            }
            Path file = Path.of(input.get().getInputURI());
            Optional<String> problem;
            TranslationDocument document = null;
            try {
                document = reader().read(file, target);
                problem = LanguageCheck.problem(document.text(), target);
            } catch (InputProblem e) {
                problem = Optional.of(e.what());
            }
            if (problem.isPresent()) {
                warn(DisplayPath.of(file) + ": " + target.toBCP47() + ": " + problem.get() + "; slots left empty");
                report.put(target.toBCP47(), LanguageAlignment.warning(DisplayPath.of(file), problem.get(),
                        sentences.size()));
                continue;
            }
            documents.put(target, document);
        }
        Map<LocaleId, List<Link>> links = align(sentences, documents);
        SlotAssignment assignment = SlotAssignment.of(sentences, links);
        joinSegments(segments, assignment);
        for (Map.Entry<LocaleId, List<Link>> e : links.entrySet()) {
            LocaleId target = e.getKey();
            TranslationDocument document = documents.get(target);
            int filled = fill(segments, assignment.fills(target), document, target);
            int below = assignment.fills(target).size() - filled;
            report.put(target.toBCP47(), summary(document, e.getValue(), segments, sentences.size(), filled, below));
        }
        endDocument.getEnding().setAnnotation(new AlignmentReport(report));
    }

    /**
     * Each translation's links. With two translations, each pair with the source is checked by the third side (the
     * other pair composed with the alignment of the two translations): {@link TriangleAligner}.
     */
    private static Map<LocaleId, List<Link>> align(List<Sentence> sentences,
                                                   Map<LocaleId, TranslationDocument> documents) {
        Map<LocaleId, List<Link>> links = new LinkedHashMap<>();
        if (sentences.isEmpty()) {
            documents.keySet().forEach(target -> links.put(target, List.of()));
        } else if (documents.size() == 2) {
            List<LocaleId> pair = new ArrayList<>(documents.keySet());
            TriangleAligner.Result result = new TriangleAligner().align(sentences,
                    documents.get(pair.get(0)).sentences(), documents.get(pair.get(1)).sentences());
            links.put(pair.get(0), result.toFirst());
            links.put(pair.get(1), result.toSecond());
        } else {
            documents.forEach((target, document) -> links.put(target,
                    new SentenceAligner().align(sentences, document.sentences())));
        }
        return links;
    }

    /** Joins, unit by unit and from the end, the source segments (and the targets mirroring them) that links join. */
    private static void joinSegments(List<SourceSegment> segments, SlotAssignment assignment) {
        for (int s = segments.size() - 2; s >= 0; s--) {
            if (!assignment.joinsWithNext(s)) {
                continue;
            }
            ITextUnit unit = segments.get(s).unit();
            int index = unit.getSource().getSegments().getIndex(segments.get(s).segmentId());
            unit.getSource().getSegments().joinWithNext(index);
            for (LocaleId target : unit.getTargetLocales()) {
                TextContainer container = unit.getTarget(target);
                int targetIndex = container.getSegments().getIndex(segments.get(s).segmentId());
                if (targetIndex >= 0) {
                    container.getSegments().joinWithNext(targetIndex);
                }
            }
        }
    }

    private int fill(List<SourceSegment> segments, List<SlotAssignment.Fill> fills, TranslationDocument document,
                     LocaleId target) {
        int filled = 0;
        for (SlotAssignment.Fill f : fills) {
            if (f.confidence() < params.getMinConfidence()) {
                continue;
            }
            SourceSegment head = segments.get(f.sourceHead());
            TextContainer container = head.unit().getTarget(target);
            if (container == null) {
                container = mirrorOfSource(head.unit(), target);
            }
            Segment slot = container.getSegments().get(head.segmentId());
            if (slot == null) {
                LOGGER.warn("unit {} has no {} segment {}", head.unit().getId(), target, head.segmentId());
                continue;
            }
            TextFragment text = new TextFragment();
            for (int t : f.targets()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(document.fragments().get(t).clone());
            }
            String codes = InlineCodeMatch.matchToSource(head.unit().getSource().getSegments()
                    .get(head.segmentId()).text, text);
            slot.text = text;
            slot.setAnnotation(new SlotFill(SlotFill.Origin.ALIGNED, f.confidence(),
                    codes.isEmpty() ? f.detail() : f.detail() + "; " + codes));
            filled++;
        }
        return filled;
    }

    /** The slot step's shape, for a unit that arrives without a target: the source's parts, segments emptied. */
    private static TextContainer mirrorOfSource(ITextUnit unit, LocaleId target) {
        TextContainer container = unit.getSource().clone();
        for (Segment segment : container.getSegments()) {
            segment.text = new TextFragment();
        }
        unit.setTarget(target, container);
        return container;
    }

    private LanguageAlignment summary(TranslationDocument document, List<Link> links, List<SourceSegment> segments,
                                      int sourceSentences, int filled, int below) {
        Map<String, Integer> byType = new TreeMap<>();
        double sum = 0;
        int pairs = 0;
        List<ReviewItem> review = new ArrayList<>();
        List<Integer> unlinkedLines = new ArrayList<>();
        double reviewBelow = Math.max(REVIEW_BELOW, params.getMinConfidence());
        for (Link link : links) {
            byType.merge(link.type(), 1, Integer::sum);
            if (link.sourceCount() == 0) {
                unlinkedLines.add(document.lines()[link.targetStart()]);
                continue;
            }
            if (!link.isPair()) {
                continue;
            }
            sum += link.confidence();
            pairs++;
            if (link.confidence() < reviewBelow) {
                List<String> ids = new ArrayList<>();
                for (int s = link.sourceStart(); s < link.sourceStart() + link.sourceCount(); s++) {
                    ids.add(segments.get(s).reference());
                }
                List<Integer> lines = new ArrayList<>();
                for (int t = link.targetStart(); t < link.targetStart() + link.targetCount(); t++) {
                    lines.add(document.lines()[t]);
                }
                review.add(new ReviewItem(link.type(), round(link.confidence()), ids, lines));
            }
        }
        review.sort(Comparator.comparingDouble(ReviewItem::confidence));
        return new LanguageAlignment(DisplayPath.of(document.file()), null, sourceSentences, document.sentences().size(),
                byType, pairs == 0 ? 0 : round(sum / pairs), filled, below, review, unlinkedLines);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
