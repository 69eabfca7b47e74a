package org.tilmash.steps.align;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextFragment;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.DocumentReading;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.read.SourceFileCheck;
import org.tilmash.steps.segment.SegmentationRules;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.write.SegmentUnitsStep;

/**
 * Reads a translation exactly as the Kazakh source is read ({@link DocumentReading}): the Okapi filter of its own
 * extension, so markup is never taken for text, the repair step, then its language's SRX rules. Each segment keeps
 * its inline codes for the slot it fills; the aligner sees only its text.
 */
public final class TranslationReader {

    private final SegmentationRules rules;
    private final boolean repair;

    /**
     * @param rules  the run's SRX rules (translations are cut the way the source is)
     * @param repair whether the repair step runs, as it does for the source
     */
    public TranslationReader(SegmentationRules rules, boolean repair) {
        this.rules = rules;
        this.repair = repair;
    }

    /**
     * @throws InputProblem the file is in a format no filter reads, is not valid for its format, or has no text
     */
    TranslationDocument read(Path file, LocaleId language) {
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new InputProblem(file,
                "no filter reads this format (tilmash reads " + DocumentFormat.knownExtensions() + ")"));
        SourceFileCheck.check(file, format);
        PipelineDriver driver = DocumentReading.driver();
        DocumentReading.steps(rules, repair, language).forEach(driver::addStep);
        Collector collector = new Collector(format == DocumentFormat.PLAIN_TEXT);
        driver.addStep(collector);
        try {
            DocumentReading.process(driver, file, format, language);
        } finally {
            driver.destroy();
        }
        if (collector.sentences.isEmpty()) {
            throw new InputProblem(file, "no text in it for its filter (" + format + ")");
        }
        return new TranslationDocument(file, collector.sentences, collector.fragments,
                collector.positions.stream().mapToInt(Integer::intValue).toArray(), collector.sample.toString(),
                collector.letters);
    }

    /**
     * The source document's sentences, as the main pipeline reads and segments it (the alignment step's first
     * pass): every segment of every paragraph unit, its text as it is.
     */
    List<Sentence> readSource(URI document) {
        Path file = Path.of(document);
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> new InputProblem(file,
                "no filter reads this format (tilmash reads " + DocumentFormat.knownExtensions() + ")"));
        PipelineDriver driver = DocumentReading.driver();
        DocumentReading.steps(rules, repair, Languages.KAZAKH).forEach(driver::addStep);
        SentenceCollectorStep collector = new SentenceCollectorStep();
        driver.addStep(collector);
        try {
            DocumentReading.process(driver, file, format, Languages.KAZAKH);
        } finally {
            driver.destroy();
        }
        return collector.sentences();
    }

    /** Takes each paragraph's segments, in the order the filter gives them. */
    private static final class Collector extends BasePipelineStep {
        final List<Sentence> sentences = new ArrayList<>();
        final List<TextFragment> fragments = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
        final StringBuilder sample = new StringBuilder();
        final LanguageCheck.Letters letters = new LanguageCheck.Letters();
        private final boolean lineIds;
        private int paragraph;

        Collector(boolean lineIds) {
            this.lineIds = lineIds;
        }

        @Override
        public String getName() {
            return "Collect translation segments";
        }

        @Override
        public String getDescription() {
            return "Collects the segments of a translation for alignment.";
        }

        @Override
        protected Event handleTextUnit(Event event) {
            ITextUnit unit = event.getTextUnit();
            if (!SegmentUnitsStep.isParagraph(unit)) {
                return event;
            }
            int position = lineIds ? lineOf(unit, paragraph + 1) : paragraph + 1;
            for (Segment segment : unit.getSource().getSegments()) {
                String sentence = segment.text.getText().strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                sentences.add(new Sentence(sentence, paragraph));
                fragments.add(segment.text.clone());
                positions.add(position);
                letters.count(sentence);
                if (sample.length() < LanguageCheck.SAMPLE_CHARS) { // the text the detector reads: sentences a line each
                    sample.append(sentence, 0, Math.min(sentence.length(), LanguageCheck.SAMPLE_CHARS - sample.length()));
                    if (sample.length() < LanguageCheck.SAMPLE_CHARS) {
                        sample.append('\n');
                    }
                }
            }
            paragraph++;
            return event;
        }

        /** Okapi's plain-text filter numbers its units by line; a repaired unit keeps its first line's id. */
        private static int lineOf(ITextUnit unit, int fallback) {
            String id = unit.getId();
            int cut = id == null ? -1 : id.indexOf('_');
            try {
                return Integer.parseInt(cut < 0 ? id : id.substring(0, cut));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
