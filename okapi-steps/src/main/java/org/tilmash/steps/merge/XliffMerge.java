package org.tilmash.steps.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.slots.Languages;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.write.BilingualTmxWriter;
import org.tilmash.steps.write.MultilingualTmxWriter;
import org.tilmash.tmx.memory.MatchKey;
import org.tilmash.tmx.memory.TranslationMemory;
import net.sf.okapi.filters.tmx.TmxFilter;

/**
 * Takes a translated XLIFF back: checks every unit against the source document it claims to translate, then puts
 * the finished translations into the memory and into the TMX files written beside the XLIFF by {@code run}
 * ({@code NAME.kk-LANG.tmx} and {@code NAME.tmx}), rewritten in document order through the same writers.
 */
public final class XliffMerge {

    /** What one merge changed: units newly translated, with a different translation, the same, or not done. */
    public record Outcome(Path xliff, LocaleId target, int added, int changed, int unchanged, int notDone) {
    }

    private XliffMerge() {
    }

    /**
     * Refuses the file if its units do not spell the document they claim to translate. The check is per paragraph
     * (group {@code pN}): an alignment link may have joined two segments of a paragraph into one unit, which shifts
     * the segment numbers after it, but never crosses a paragraph. The first unit that diverges is named.
     *
     * @param segments the document's segments as {@code run} makes them before alignment: unit id to source
     */
    public static void verify(ReturnedXliff xliff, Map<String, TextFragment> segments) {
        Map<String, List<String>> document = byParagraph(segments.keySet(), id -> segments.get(id).getText());
        Map<String, List<ReturnedXliff.Returned>> returned = new LinkedHashMap<>();
        for (ReturnedXliff.Returned unit : xliff.units()) {
            returned.computeIfAbsent(paragraph(unit.id()), k -> new ArrayList<>()).add(unit);
        }
        for (Map.Entry<String, List<ReturnedXliff.Returned>> entry : returned.entrySet()) {
            List<String> expected = document.get(entry.getKey());
            if (expected == null) {
                throw new InputProblem(xliff.file(), "unit " + entry.getValue().get(0).id() + " is not in "
                        + xliff.original() + " (was the document or its segmentation changed?)");
            }
            String whole = MatchKey.of(String.join(" ", expected));
            StringBuilder sofar = new StringBuilder();
            for (ReturnedXliff.Returned unit : entry.getValue()) {
                sofar.append(sofar.length() == 0 ? "" : " ").append(unit.source());
                String key = MatchKey.of(sofar.toString());
                boolean last = unit == entry.getValue().get(entry.getValue().size() - 1);
                if (last ? !key.equals(whole) : !whole.startsWith(key)) {
                    throw new InputProblem(xliff.file(), "unit " + unit.id() + ": its source no longer matches "
                            + xliff.original() + " (\"" + abbreviate(unit.source()) + "\" is not in paragraph "
                            + entry.getKey() + ": \"" + abbreviate(String.join(" ", expected)) + "\")");
                }
            }
        }
    }

    private static Map<String, List<String>> byParagraph(Iterable<String> ids,
            java.util.function.Function<String, String> text) {
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        for (String id : ids) {
            paragraphs.computeIfAbsent(paragraph(id), k -> new ArrayList<>()).add(text.apply(id));
        }
        return paragraphs;
    }

    /** {@code pN} of the unit id {@code pN-sM}. */
    private static String paragraph(String unitId) {
        int cut = unitId.indexOf("-s");
        return cut < 0 ? unitId : unitId.substring(0, cut);
    }

    /**
     * Merges a verified file; the TMX files are staged in {@code outputs} (the caller commits them). The units'
     * sources and order are the XLIFF's own: after {@link #verify} they are the document's, as {@code run} wrote it.
     * Inline codes are kept: each code of a returned unit gets the document's data for the code of the same id
     * ({@code document}: the segments as {@code run} reads them), or in a target the data the memory file already
     * had for it; units the XLIFF does not change are written back as they were read.
     */
    public static Outcome apply(ReturnedXliff xliff, Map<String, TextFragment> document, TranslationMemory memory,
            OutputTransaction outputs, String toolVersion) {
        Map<String, Map<String, Code>> documentCodes = new HashMap<>();
        document.forEach((id, fragment) -> fragment.getCodes()
                .forEach(code -> documentCodes.computeIfAbsent(paragraph(id), k -> new HashMap<>())
                        .putIfAbsent(key(code), code)));
        LinkedHashMap<String, TextFragment> segments = new LinkedHashMap<>();
        for (ReturnedXliff.Returned unit : xliff.units()) {
            segments.put(unit.id(), withData(unit.sourceContent(),
                    documentCodes.getOrDefault(paragraph(unit.id()), Map.of()), Map.of()));
        }
        String name = baseName(xliff.file());
        Path dir = xliff.file().toAbsolutePath().getParent();
        Path bilingual = dir.resolve(name + ".kk-" + xliff.target().getLanguage() + ".tmx");
        Path multilingual = dir.resolve(name + ".tmx");
        // The multilingual file first: it keeps the documents' code data (the bilingual one is letter-coded).
        Map<String, Map<String, TextFragment>> corpus = read(multilingual, xliff.target());
        read(bilingual, xliff.target()).forEach((id, variants) -> {
            Map<String, TextFragment> known = corpus.computeIfAbsent(id, k -> new HashMap<>());
            variants.forEach(known::putIfAbsent);
        });

        String language = xliff.target().getLanguage();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int notDone = 0;
        Map<String, String> previous = previousSegments(segments);
        for (ReturnedXliff.Returned unit : xliff.units()) {
            if (!unit.done()) {
                notDone++;
                continue;
            }
            Map<String, TextFragment> variants = corpus.computeIfAbsent(unit.id(), k -> new HashMap<>());
            TextFragment before = variants.get(language);
            boolean same = before != null && sameContent(before, unit.content());
            if (before == null) {
                added++;
            } else if (same) {
                unchanged++;
            } else {
                changed++;
            }
            if (!same) {
                variants.put(language, withData(unit.content(), codes(segments.get(unit.id())),
                        before == null ? Map.of() : codes(before)));
            }
            memory.add(unit.source(), previous.get(unit.id()), language, unit.target(),
                    xliff.file().getFileName().toString());
        }
        memory.commit();
        write(new BilingualTmxWriter(toolVersion), xliff.target(), outputs.stage(bilingual), segments, corpus);
        write(new MultilingualTmxWriter(toolVersion), Languages.RUSSIAN, outputs.stage(multilingual), segments,
                corpus);
        return new Outcome(xliff.file(), xliff.target(), added, changed, unchanged, notDone);
    }

    /** A code's identity within a paragraph: its id and whether it opens, closes or stands alone. */
    private static String key(Code code) {
        return code.getId() + " " + code.getTagType();
    }

    private static Map<String, Code> codes(TextFragment fragment) {
        Map<String, Code> codes = new HashMap<>();
        fragment.getCodes().forEach(code -> codes.putIfAbsent(key(code), code));
        return codes;
    }

    /** The same text with the same codes in the same places (whatever their data). */
    private static boolean sameContent(TextFragment a, TextFragment b) {
        return a.getCodedText().equals(b.getCodedText())
                && a.getCodes().stream().map(XliffMerge::key).toList()
                        .equals(b.getCodes().stream().map(XliffMerge::key).toList());
    }

    /**
     * A copy of {@code fragment} (read from XLIFF, whose codes carry XLIFF markup) whose codes take the type and
     * data of the code with the same id and kind in {@code preferred}, else in {@code fallback}.
     */
    private static TextFragment withData(TextFragment fragment, Map<String, Code> fallback,
            Map<String, Code> preferred) {
        TextFragment copy = fragment.clone();
        for (Code code : copy.getCodes()) {
            Code original = preferred.getOrDefault(key(code), fallback.get(key(code)));
            if (original != null) {
                code.setType(original.getType());
                code.setData(original.getData());
                code.setOuterData(original.getOuterData());
                code.setDisplayText(original.getDisplayText());
            }
        }
        return copy;
    }

    /** {@code NAME} of {@code NAME.kk-ru.xlf}. */
    static String baseName(Path xliff) {
        String file = xliff.getFileName().toString();
        int cut = file.lastIndexOf(".kk-");
        return cut > 0 ? file.substring(0, cut) : file.substring(0, Math.max(file.lastIndexOf('.'), 1));
    }

    private static Map<String, String> previousSegments(Map<String, TextFragment> segments) {
        Map<String, String> previous = new HashMap<>();
        String last = null;
        for (Map.Entry<String, TextFragment> segment : segments.entrySet()) {
            previous.put(segment.getKey(), last);
            last = segment.getValue().getText();
        }
        return previous;
    }

    /**
     * The variants of an existing TMX by tuid and language (primary subtag), with their inline codes, read by Okapi's
     * TMX filter; none if the file is absent.
     */
    private static Map<String, Map<String, TextFragment>> read(Path tmx, LocaleId target) {
        Map<String, Map<String, TextFragment>> units = new HashMap<>();
        if (!Files.exists(tmx)) {
            return units;
        }
        try (TmxFilter filter = new TmxFilter();
                RawDocument raw = new RawDocument(tmx.toUri(), "UTF-8", Languages.KAZAKH, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (!event.isTextUnit() || event.getTextUnit().getName() == null) {
                    continue;
                }
                ITextUnit unit = event.getTextUnit();
                Map<String, TextFragment> variants = units.computeIfAbsent(unit.getName(), k -> new HashMap<>());
                for (LocaleId locale : unit.getTargetLocales()) {
                    variants.put(locale.getLanguage(), unit.getTarget(locale).getUnSegmentedContentCopy());
                }
            }
        } catch (OkapiException e) {
            throw new InputProblem(tmx, "is not TMX tilmash can read: " + e.getMessage());
        }
        return units;
    }

    private static void write(IFilterWriter writer, LocaleId target, Path path, Map<String, TextFragment> segments,
            Map<String, Map<String, TextFragment>> corpus) {
        writer.setOptions(target, "UTF-8");
        writer.setOutput(path.toString());
        StartDocument start = new StartDocument("merge");
        start.setLocale(Languages.KAZAKH);
        start.setEncoding("UTF-8", false);
        start.setLineBreak("\n");
        writer.handleEvent(new Event(EventType.START_DOCUMENT, start));
        for (Map.Entry<String, TextFragment> segment : segments.entrySet()) {
            Map<String, TextFragment> variants = corpus.getOrDefault(segment.getKey(), Map.of());
            ITextUnit unit = new TextUnit(segment.getKey());
            unit.setName(segment.getKey());
            unit.setSourceContent(segment.getValue());
            for (LocaleId language : Languages.TARGETS) {
                TextFragment text = variants.get(language.getLanguage());
                if (text != null && !text.isEmpty()) {
                    unit.setTargetContent(language, text);
                }
            }
            writer.handleEvent(new Event(EventType.TEXT_UNIT, unit));
        }
        writer.handleEvent(new Event(EventType.END_DOCUMENT, new Ending("end")));
        writer.close();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
