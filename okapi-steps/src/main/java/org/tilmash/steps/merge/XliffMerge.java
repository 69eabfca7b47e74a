package org.tilmash.steps.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
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
import org.tilmash.core.LanguageTags;
import org.tilmash.tmx.read.TmxException;
import org.tilmash.tmx.read.TmxReader;
import org.tilmash.tmx.read.TmxUnit;

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
     * @param segments the document's segments as {@code run} makes them before alignment: unit id to source text
     */
    public static void verify(ReturnedXliff xliff, Map<String, String> segments) {
        Map<String, List<String>> document = byParagraph(segments.keySet(), segments::get);
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
     */
    public static Outcome apply(ReturnedXliff xliff, TranslationMemory memory, OutputTransaction outputs,
            String toolVersion) throws TmxException {
        LinkedHashMap<String, String> segments = new LinkedHashMap<>();
        for (ReturnedXliff.Returned unit : xliff.units()) {
            segments.put(unit.id(), unit.source());
        }
        String name = baseName(xliff.file());
        Path dir = xliff.file().toAbsolutePath().getParent();
        Path bilingual = dir.resolve(name + ".kk-" + xliff.target().getLanguage() + ".tmx");
        Path multilingual = dir.resolve(name + ".tmx");
        Map<String, Map<String, String>> corpus = read(multilingual);
        read(bilingual).forEach((id, variants) -> corpus.computeIfAbsent(id, k -> new HashMap<>()).putAll(variants));

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
            Map<String, String> variants = corpus.computeIfAbsent(unit.id(), k -> new HashMap<>());
            String before = variants.put(language, unit.target());
            if (before == null) {
                added++;
            } else if (before.equals(unit.target())) {
                unchanged++;
            } else {
                changed++;
            }
            memory.add(segments.get(unit.id()), previous.get(unit.id()), language, unit.target(),
                    xliff.file().getFileName().toString());
        }
        memory.commit();
        write(new BilingualTmxWriter(toolVersion), xliff.target(), outputs.stage(bilingual), segments, corpus);
        write(new MultilingualTmxWriter(toolVersion), Languages.RUSSIAN, outputs.stage(multilingual), segments,
                corpus);
        return new Outcome(xliff.file(), xliff.target(), added, changed, unchanged, notDone);
    }

    /** {@code NAME} of {@code NAME.kk-ru.xlf}. */
    static String baseName(Path xliff) {
        String file = xliff.getFileName().toString();
        int cut = file.lastIndexOf(".kk-");
        return cut > 0 ? file.substring(0, cut) : file.substring(0, Math.max(file.lastIndexOf('.'), 1));
    }

    private static Map<String, String> previousSegments(Map<String, String> segments) {
        Map<String, String> previous = new HashMap<>();
        String last = null;
        for (Map.Entry<String, String> segment : segments.entrySet()) {
            previous.put(segment.getKey(), last);
            last = segment.getValue();
        }
        return previous;
    }

    /** The translations of an existing TMX by tuid and language (primary subtag); none if the file is absent. */
    private static Map<String, Map<String, String>> read(Path tmx) throws TmxException {
        Map<String, Map<String, String>> units = new HashMap<>();
        if (!Files.exists(tmx)) {
            return units;
        }
        try (TmxReader reader = TmxReader.open(tmx, TranslationMemory.DEFAULT_SOURCE_LANGUAGE)) {
            Optional<TmxUnit> next;
            while ((next = reader.next()).isPresent()) {
                TmxUnit unit = next.get();
                if (unit.tuid() == null) {
                    continue;
                }
                Map<String, String> variants = units.computeIfAbsent(unit.tuid(), k -> new HashMap<>());
                unit.variants().forEach(v -> variants.put(LanguageTags.primary(v.language()), v.text()));
            }
        }
        return units;
    }

    private static void write(IFilterWriter writer, LocaleId target, Path path, Map<String, String> segments,
            Map<String, Map<String, String>> corpus) {
        writer.setOptions(target, "UTF-8");
        writer.setOutput(path.toString());
        StartDocument start = new StartDocument("merge");
        start.setLocale(Languages.KAZAKH);
        start.setEncoding("UTF-8", false);
        start.setLineBreak("\n");
        writer.handleEvent(new Event(EventType.START_DOCUMENT, start));
        for (Map.Entry<String, String> segment : segments.entrySet()) {
            Map<String, String> variants = corpus.getOrDefault(segment.getKey(), Map.of());
            ITextUnit unit = new TextUnit(segment.getKey());
            unit.setName(segment.getKey());
            unit.setSourceContent(new TextFragment(segment.getValue()));
            for (LocaleId language : Languages.TARGETS) {
                String text = variants.get(language.getLanguage());
                if (text != null && !text.isEmpty()) {
                    unit.setTargetContent(language, new TextFragment(text));
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
