package org.tilmash.tmx.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.tilmash.steps.write.OutputTransaction;
import org.tilmash.tmx.BilingualTmxWriter;
import org.tilmash.tmx.MultilingualTmxWriter;
import org.tilmash.tmx.memory.MatchKey;
import org.tilmash.tmx.memory.TranslationMemory;
import org.tilmash.tmx.read.LanguageTags;
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
     * Refuses the file if a unit's source is not the source of the document's segment with the same id.
     *
     * @param segments the document's segments as {@code run} makes them: unit id to source text, in order
     */
    public static void verify(ReturnedXliff xliff, Map<String, String> segments) {
        for (ReturnedXliff.Returned unit : xliff.units()) {
            String expected = segments.get(unit.id());
            if (expected == null) {
                throw new InputProblem(xliff.file(), "unit " + unit.id() + " is not a segment of "
                        + xliff.original() + " (was the document or its segmentation changed?)");
            }
            if (!MatchKey.of(expected).equals(MatchKey.of(unit.source()))) {
                throw new InputProblem(xliff.file(), "unit " + unit.id() + ": its source no longer matches "
                        + xliff.original() + " (\"" + abbreviate(unit.source()) + "\" but the document has \""
                        + abbreviate(expected) + "\")");
            }
        }
    }

    /** Merges a verified file; the TMX files are staged in {@code outputs} (the caller commits them). */
    public static Outcome apply(ReturnedXliff xliff, LinkedHashMap<String, String> segments,
            TranslationMemory memory, OutputTransaction outputs, String toolVersion) throws TmxException {
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
        try (TmxReader reader = TmxReader.open(tmx, TranslationMemory.SOURCE_LANGUAGE)) {
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
