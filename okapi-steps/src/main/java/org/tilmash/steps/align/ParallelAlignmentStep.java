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
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tilmash.core.Concurrently;
import org.tilmash.steps.align.AlignmentReport.LanguageAlignment;
import org.tilmash.steps.align.AlignmentReport.ReviewItem;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashStep;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.steps.slots.SlotFill;

/**
 * Fills the translation slots of a document from its translations, by sentence alignment. The translations are the
 * pipeline's second and third inputs (as Okapi's own aligner takes them), each in the language of its source locale.
 *
 * <p>Sits after the slot step: text units arrive paragraph-level, source segmented, with empty targets mirroring
 * the source segments. Alignment needs the whole document, but the document's events are not held: at
 * START_DOCUMENT, when the document has a translation, the step reads the document's source sentences in a first
 * pass ({@link SourceSentenceReader}: only their text), reads and segments each translation, aligns it
 * ({@link SentenceAligner}; with both translations, each pair checked by the third side, {@link TriangleAligner})
 * and decides which source segments are joined and what each slot receives ({@link SlotAssignment}). Then each
 * unit is joined and filled as it passes (slots whose link reaches the minimum confidence get a {@link SlotFill}
 * of origin ALIGNED), and an {@link AlignmentReport} is attached to the Ending. Memory holds the sentences' text,
 * never the document's events.
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
    /** The first pass over the source; by default the reader's. */
    private SourceSentenceReader sourceReader;
    private final List<String> warnings = new ArrayList<>();
    private List<LocaleId> targets = List.of();
    /** The document being aligned; null between documents. */
    private DocumentAlignment current;

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

    /** Replaces the first pass over the source (tests). */
    void setSourceReader(SourceSentenceReader sourceReader) {
        this.sourceReader = sourceReader;
    }

    /** The warnings of this step so far, one line each, naming the translation, the language and the problem. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    protected Event handleStartDocument(Event event) {
        targets = targets(event.getStartDocument());
        URI documentUri = inputUri() != null ? inputUri() : uriOf(event.getStartDocument().getName());
        current = prepare(documentUri);
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (current != null && SegmentUnitsStep.isParagraph(unit)) {
            current.apply(unit);
        }
        return event;
    }

    @Override
    protected Event handleEndDocument(Event event) {
        if (current != null) {
            event.getEnding().setAnnotation(current.report());
            current = null;
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

    /**
     * The input holding the translation into {@code target}: the one in the target's language. An input in none of
     * the target languages (Rainbow gives every input list the project's source language) counts by its place: the
     * second input is the first target's translation, the third the second's.
     */
    private Optional<RawDocument> translation(LocaleId target) {
        RawDocument[] inputs = {secondInput, thirdInput};
        for (RawDocument input : inputs) {
            if (input != null && input.getSourceLocale() != null && input.getSourceLocale().sameLanguageAs(target)) {
                return Optional.of(input);
            }
        }
        int place = targets.indexOf(target);
        if (place >= 0 && place < inputs.length && inputs[place] != null) {
            LocaleId language = inputs[place].getSourceLocale();
            if (language == null || targets.stream().noneMatch(t -> t.sameLanguageAs(language))) {
                return Optional.of(inputs[place]);
            }
        }
        return Optional.empty();
    }

    /** The reader of translations: the run's SRX rules, and repair as the source gets it. */
    private TranslationReader reader() {
        if (reader == null) {
            reader = new TranslationReader(params.rules(rootDirectory()), params.getRepair());
        }
        return reader;
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

    /** The file of the translation into {@code target}, if it has one (an input that is a file). */
    private Optional<Path> translationFile(LocaleId target) {
        return translation(target).map(RawDocument::getInputURI).filter(uri -> "file".equals(uri.getScheme()))
                .map(Path::of);
    }

    /** How a reviewer finds a source sentence: the XLIFF group id and the start of the sentence. */
    private static String reference(Sentence sentence) {
        String start = sentence.text().strip();
        return "p" + (sentence.paragraph() + 1) + ": " + (start.length() > 60 ? start.substring(0, 60) + "…" : start);
    }

    /**
     * Reads the translations; when one is usable, reads the source sentences and aligns them. The source's first
     * pass and each translation are read as parts of their own (Concurrently), on other threads when the run has
     * them free; the source's sentences are used only when a translation is usable, as if read after them.
     */
    private DocumentAlignment prepare(URI documentUri) {
        Map<LocaleId, TranslationDocument> documents = new LinkedHashMap<>();
        Map<LocaleId, String[]> problems = new LinkedHashMap<>();
        TranslationReader translations = reader();
        SourceSentenceReader first = sourceReader != null ? sourceReader : translations::readSource;
        Concurrently.Part<List<Sentence>> sourceSentences = targets.stream()
                .anyMatch(target -> translationFile(target).isPresent())
                ? Concurrently.start(() -> first.read(documentUri)) : null;
        Map<LocaleId, Concurrently.Part<TranslationDocument>> reading = new LinkedHashMap<>();
        for (LocaleId target : targets) {
            translationFile(target).ifPresent(file -> reading.put(target,
                    Concurrently.start(() -> translations.read(file, target))));
        }
        for (LocaleId target : targets) {
            Optional<Path> file = translationFile(target);
            if (file.isEmpty()) {
                problems.put(target, new String[] {null, null});
                continue;
            }
            Optional<String> problem;
            TranslationDocument document = null;
            try {
                document = reading.get(target).result();
                problem = LanguageCheck.problem(document.sample(), document.letters(), target,
                        () -> letters(sourceSentences.result()));
            } catch (InputProblem e) {
                problem = Optional.of(e.what());
            }
            if (problem.isPresent()) {
                warn(shown(file.get()) + ": " + target.toBCP47() + ": " + problem.get() + "; slots left empty");
                problems.put(target, new String[] {shown(file.get()), problem.get()});
                continue;
            }
            documents.put(target, document);
        }
        List<Sentence> sentences = documents.isEmpty() ? List.of() : sourceSentences.result();
        Map<LocaleId, List<Link>> links = align(sentences, documents);
        return new DocumentAlignment(documents.isEmpty() ? null : sentences, documents, problems, links,
                SlotAssignment.of(sentences, links));
    }

    private static LanguageCheck.Letters letters(List<Sentence> sentences) {
        LanguageCheck.Letters letters = new LanguageCheck.Letters();
        sentences.forEach(sentence -> letters.count(sentence.text()));
        return letters;
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

    /**
     * One document's alignment, applied unit by unit: the source sentences read in the first pass (null when no
     * translation is usable: nothing to fill), the fills of each language by their head sentence, and what the
     * report needs.
     */
    private final class DocumentAlignment {
        private final List<Sentence> sentences;
        private final Map<LocaleId, TranslationDocument> documents;
        private final Map<LocaleId, String[]> problems;
        private final Map<LocaleId, List<Link>> links;
        private final SlotAssignment assignment;
        private final Map<LocaleId, SlotAssignment.Fill[]> fillsByHead = new LinkedHashMap<>();
        private final Map<LocaleId, int[]> filledAndBelow = new LinkedHashMap<>();
        /** Source sentences seen so far in the main pass: the index of the next unit's first segment. */
        private int seen;

        DocumentAlignment(List<Sentence> sentences, Map<LocaleId, TranslationDocument> documents,
                          Map<LocaleId, String[]> problems, Map<LocaleId, List<Link>> links,
                          SlotAssignment assignment) {
            this.sentences = sentences;
            this.documents = documents;
            this.problems = problems;
            this.links = links;
            this.assignment = assignment;
            for (LocaleId target : links.keySet()) {
                SlotAssignment.Fill[] byHead = new SlotAssignment.Fill[sentences.size()];
                assignment.fills(target).forEach(f -> byHead[f.sourceHead()] = f);
                fillsByHead.put(target, byHead);
                filledAndBelow.put(target, new int[2]);
            }
        }

        /** Joins the unit's source segments (and the targets mirroring them) that links join, then fills slots. */
        void apply(ITextUnit unit) {
            int first = seen;
            List<String> ids = new ArrayList<>();
            for (Segment segment : unit.getSource().getSegments()) {
                if (sentences != null && (seen >= sentences.size()
                        || !sentences.get(seen).text().equals(segment.text.getText()))) {
                    throw new IllegalStateException("the first pass read other source segments than the pipeline: "
                            + "segment " + seen + " of " + unit.getId());
                }
                ids.add(segment.getId());
                seen++;
            }
            if (sentences == null) {
                return;
            }
            for (int i = ids.size() - 2; i >= 0; i--) {
                if (!assignment.joinsWithNext(first + i)) {
                    continue;
                }
                int index = unit.getSource().getSegments().getIndex(ids.get(i));
                unit.getSource().getSegments().joinWithNext(index);
                for (LocaleId target : unit.getTargetLocales()) {
                    TextContainer container = unit.getTarget(target);
                    int targetIndex = container.getSegments().getIndex(ids.get(i));
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
            for (Map.Entry<LocaleId, SlotAssignment.Fill[]> e : fillsByHead.entrySet()) {
                for (int i = 0; i < ids.size(); i++) {
                    SlotAssignment.Fill f = e.getValue()[first + i];
                    if (f != null) {
                        fill(unit, ids.get(i), f, e.getKey());
                    }
                }
            }
        }

        private void fill(ITextUnit unit, String segmentId, SlotAssignment.Fill f, LocaleId target) {
            int[] counts = filledAndBelow.get(target);
            if (f.confidence() < params.getMinConfidence()) {
                counts[1]++;
                return;
            }
            TextContainer container = unit.getTarget(target);
            if (container == null) {
                container = mirrorOfSource(unit, target);
            }
            Segment slot = container.getSegments().get(segmentId);
            if (slot == null) {
                LOGGER.warn("unit {} has no {} segment {}", unit.getId(), target, segmentId);
                counts[1]++;
                return;
            }
            TextFragment text = new TextFragment();
            for (int t : f.targets()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(documents.get(target).fragments().get(t).clone());
            }
            String codes = InlineCodeMatch.matchToSource(unit.getSource().getSegments().get(segmentId).text, text);
            slot.text = text;
            slot.setAnnotation(new SlotFill(SlotFill.Origin.ALIGNED, f.confidence(),
                    codes.isEmpty() ? f.detail() : f.detail() + "; " + codes));
            counts[0]++;
        }

        AlignmentReport report() {
            Map<String, LanguageAlignment> report = new LinkedHashMap<>();
            for (LocaleId target : targets) {
                String[] problem = problems.get(target);
                if (problem != null) {
                    report.put(target.toBCP47(), LanguageAlignment.warning(problem[0], problem[1], seen));
                }
            }
            for (Map.Entry<LocaleId, List<Link>> e : links.entrySet()) {
                int[] counts = filledAndBelow.get(e.getKey());
                report.put(e.getKey().toBCP47(), summary(documents.get(e.getKey()), e.getValue(), sentences, seen,
                        counts[0], counts[1]));
            }
            return new AlignmentReport(report);
        }
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

    private LanguageAlignment summary(TranslationDocument document, List<Link> links, List<Sentence> segments,
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
                    ids.add(reference(segments.get(s)));
                }
                List<Integer> lines = new ArrayList<>();
                for (int t = link.targetStart(); t < link.targetStart() + link.targetCount(); t++) {
                    lines.add(document.lines()[t]);
                }
                review.add(new ReviewItem(link.type(), round(link.confidence()), ids, lines));
            }
        }
        review.sort(Comparator.comparingDouble(ReviewItem::confidence));
        return new LanguageAlignment(shown(document.file()), null, sourceSentences, document.sentences().size(),
                byType, pairs == 0 ? 0 : round(sum / pairs), filled, below, review, unlinkedLines);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
