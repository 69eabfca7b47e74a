package org.tilmash.steps.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.merge.merge.Parameters;
import net.sf.okapi.lib.merge.merge.TextUnitMerger;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.tmx.memory.MatchKey;

/**
 * Puts the translations of a returned XLIFF into the paragraphs of the source document, re-read and segmented as
 * {@code run} read it, so that the filter's own writer can rebuild the document in the target language.
 *
 * <p>Paragraph N of the document is group {@code pN} of the XLIFF; its units {@code pN-sM} are its segments, where
 * an alignment link may have joined neighbours into one unit (those segments are joined here too). A unit marked
 * done gives its segment's translation; any other keeps the Kazakh text, and is counted. Okapi's
 * {@link TextUnitMerger} then gives every inline code of the translation the original data of the source code with
 * the same id: the bold run, the link, the footnote reference of the document, not XLIFF's {@code <g>}.
 */
public final class ReturnedTargetsStep extends BasePipelineStep {

    private final Map<String, List<ReturnedXliff.Returned>> byParagraph = new LinkedHashMap<>();
    private final LocaleId target;
    private final TextUnitMerger merger = new TextUnitMerger();
    private int paragraph;
    private int untranslated;

    public ReturnedTargetsStep(ReturnedXliff xliff) {
        this.target = xliff.target();
        for (ReturnedXliff.Returned unit : xliff.units()) {
            String id = unit.id();
            int cut = id.indexOf("-s");
            byParagraph.computeIfAbsent(cut < 0 ? id : id.substring(0, cut), k -> new ArrayList<>()).add(unit);
        }
        merger.setTargetLocale(target);
        // A code the translation lacks (a line break the translator's one sentence has no place for, a footnote
        // reference left out) is added at the end of its segment, as Okapi's merger can: dropped, it would leave
        // the document without it (a footnote without its reference).
        Parameters parameters = new Parameters();
        parameters.setAddMissing(true);
        merger.setParameters(parameters);
    }

    @Override
    public String getName() {
        return "Returned targets";
    }

    @Override
    public String getDescription() {
        return "Sets the target of each paragraph of the source document from a translated XLIFF.";
    }

    /** Units that had no finished translation and kept their Kazakh text, in the documents so far. */
    public int untranslated() {
        return untranslated;
    }

    @Override
    protected Event handleStartDocument(Event event) {
        paragraph = 0;
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!SegmentUnitsStep.isParagraph(unit)) {
            return event;
        }
        paragraph++;
        List<ReturnedXliff.Returned> units = byParagraph.getOrDefault("p" + paragraph, List.of());
        ISegments segments = unit.getSource().getSegments();
        joinAsUnits(segments, units);
        ITextUnit translated = unit.clone();
        TextContainer content = unit.getSource().clone();
        for (int i = 0; i < content.getSegments().count(); i++) {
            ReturnedXliff.Returned returned = i < units.size() ? units.get(i) : null;
            if (returned == null || !returned.done()) {
                untranslated++;
                continue;
            }
            Segment segment = content.getSegments().get(i);
            TextFragment text = returned.content().clone();
            typeCodesAsSource(segment.text, text);
            segment.text = text;
        }
        translated.setTarget(target, content);
        event.setResource(merger.mergeTargets(unit, translated));
        return event;
    }

    /** Joins the segments that one returned unit covers (a 2-1 alignment link made them one unit). */
    private static void joinAsUnits(ISegments segments, List<ReturnedXliff.Returned> units) {
        for (int i = 0; i < units.size() && i < segments.count(); i++) {
            String wanted = MatchKey.of(units.get(i).source());
            while (i + 1 < segments.count() && !MatchKey.of(segments.get(i).text.getText()).equals(wanted)
                    && wanted.startsWith(MatchKey.of(segments.get(i).text.getText()))) {
                segments.joinWithNext(i);
            }
        }
    }

    /**
     * A code read back from XLIFF knows its id and kind but not the document's type for it; the merger matches
     * codes on id and type, so each takes the type of the source code with the same id and kind. Its XLIFF
     * markup is dropped: the merger fills in the source code's data.
     */
    private static void typeCodesAsSource(TextFragment source, TextFragment translation) {
        for (Code code : translation.getCodes()) {
            for (Code original : source.getCodes()) {
                if (original.getId() == code.getId() && original.getTagType() == code.getTagType()) {
                    code.setType(original.getType());
                    code.setData("");
                    code.setOuterData(null);
                    break;
                }
            }
        }
    }
}
