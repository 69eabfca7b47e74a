package org.tilmash.steps.align;

import java.net.URI;
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
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.MultiEvent;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tilmash.steps.align.AlignmentReport.LanguageAlignment;
import org.tilmash.steps.align.AlignmentReport.ReviewItem;
import org.tilmash.steps.read.DisplayPath;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.steps.slots.SlotFill;

/**
 * Fills the ru-RU and en-US slots of a Kazakh document from its translations, by sentence alignment.
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
public final class ParallelAlignmentStep extends BasePipelineStep {
    private static final Logger LOGGER = LoggerFactory.getLogger(ParallelAlignmentStep.class);
    /** Links below this confidence (or below the minimum, if higher) are listed for review. */
    private static final double REVIEW_BELOW = 0.5;

    private final TranslationSources sources;
    /** Reads each translation as the source is read: its format's filter, repair, its language's rules. */
    private final TranslationReader reader;
    private final double minConfidence;
    private final List<String> warnings = new ArrayList<>();
    private final List<Event> held = new ArrayList<>();
    private URI inputUri;
    private URI documentUri;

    /**
     * @param sources       where each document's translations are
     * @param minConfidence 0..1: a slot whose link is less confident stays empty
     */
    public ParallelAlignmentStep(TranslationSources sources, TranslationReader reader, double minConfidence) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minimum confidence must be within 0..1: " + minConfidence);
        }
        this.sources = sources;
        this.reader = reader;
        this.minConfidence = minConfidence;
    }

    @Override
    public String getName() {
        return "Parallel alignment";
    }

    @Override
    public String getDescription() {
        return "Fills the Russian and English slots from parallel documents by sentence alignment.";
    }

    /** Set by Okapi's pipeline driver; without it the document's name (its URI for file input) is used. */
    @StepParameterMapping(parameterType = StepParameterType.INPUT_URI)
    public void setInputURI(URI inputUri) {
        this.inputUri = inputUri;
    }

    /** The warnings of this run so far, one line each, naming the document, the language and the problem. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Event handleEvent(Event event) {
        EventType type = event.getEventType();
        if (type == EventType.START_DOCUMENT) {
            held.clear();
            documentUri = inputUri != null ? inputUri : uriOf(event.getStartDocument().getName());
            return event;
        }
        if (type == EventType.END_DOCUMENT) {
            alignDocument(event);
            held.add(event);
            MultiEvent all = new MultiEvent(new ArrayList<>(held));
            held.clear();
            return new Event(EventType.MULTI_EVENT, all);
        }
        if (documentUri != null && type != EventType.START_BATCH && type != EventType.END_BATCH
                && type != EventType.START_BATCH_ITEM && type != EventType.END_BATCH_ITEM) {
            held.add(event);
            return Event.createNoopEvent();
        }
        return event;
    }

    private static URI uriOf(String name) {
        if (name == null) {
            return null;
        }
        try {
            URI uri = URI.create(name.replace('\\', '/').replace(" ", "%20"));
            return uri.getScheme() != null ? uri : Path.of(name).toUri();
        } catch (IllegalArgumentException e) {
            return Path.of(name).toUri();
        }
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
        for (LocaleId target : Languages.TARGETS) {
            Optional<Path> file = documentUri == null ? Optional.empty() : sources.find(documentUri, target);
            if (file.isEmpty()) {
                report.put(target.toBCP47(), LanguageAlignment.warning(null, null, sentences.size()));
                continue;
            }
            Optional<String> problem;
            TranslationDocument document = null;
            try {
                document = reader.read(file.get(), target);
                problem = LanguageCheck.problem(document.text(), target);
            } catch (InputProblem e) {
                problem = Optional.of(e.what());
            }
            if (problem.isPresent()) {
                String message = DisplayPath.of(file.get()) + ": " + target.toBCP47() + ": " + problem.get() + "; slots left empty";
                warnings.add(message);
                LOGGER.info(message); // the CLI prints warnings() once, as a warning
                report.put(target.toBCP47(), LanguageAlignment.warning(DisplayPath.of(file.get()), problem.get(),
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
     * Each translation's links. With both translations, each Kazakh pair is checked by the third side (the other
     * pair composed with the ru–en alignment): {@link TriangleAligner}.
     */
    private static Map<LocaleId, List<Link>> align(List<Sentence> sentences,
                                                   Map<LocaleId, TranslationDocument> documents) {
        Map<LocaleId, List<Link>> links = new LinkedHashMap<>();
        if (sentences.isEmpty()) {
            documents.keySet().forEach(target -> links.put(target, List.of()));
        } else if (documents.size() == 2) {
            TriangleAligner.Result result = new TriangleAligner().align(sentences,
                    documents.get(Languages.RUSSIAN).sentences(), documents.get(Languages.ENGLISH).sentences());
            links.put(Languages.RUSSIAN, result.toFirst());
            links.put(Languages.ENGLISH, result.toSecond());
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
                    // Two empty slots joined hold the space between them: still an empty slot.
                    Segment joined = container.getSegments().get(targetIndex);
                    if (joined.text.getText().isBlank() && !joined.text.hasCode()) {
                        joined.text = new TextFragment();
                    }
                }
            }
        }
    }

    private int fill(List<SourceSegment> segments, List<SlotAssignment.Fill> fills, TranslationDocument document,
                     LocaleId target) {
        int filled = 0;
        for (SlotAssignment.Fill f : fills) {
            if (f.confidence() < minConfidence) {
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
        double reviewBelow = Math.max(REVIEW_BELOW, minConfidence);
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
