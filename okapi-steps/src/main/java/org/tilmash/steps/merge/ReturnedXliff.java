package org.tilmash.steps.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.X2ToOkpConverter;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.tilmash.core.Translated;
import org.tilmash.steps.read.InputProblem;

/**
 * An XLIFF file as a CAT tool returns it: the units, their source and target text, and whether the translator
 * marked each one done. XLIFF 1.2 is read with Okapi's XLIFF filter, 2.x with Okapi's XLIFF 2 library.
 *
 * @param file     the XLIFF file
 * @param original the {@code original} of its (first) {@code <file>}: the source document
 * @param target   its target language
 * @param units    every unit, in file order
 */
public record ReturnedXliff(Path file, String original, LocaleId target, List<Returned> units) {

    /**
     * One returned unit.
     *
     * @param source        the source text, without inline codes
     * @param target        the target text, without inline codes
     * @param sourceContent the source with its inline codes, as the XLIFF writes them
     * @param content       the target with its inline codes (ids as in the source; their data is the XLIFF's)
     * @param done          whether the translator marked it done, as {@link Translated} defines it, and the target
     *                      is not a copy of the source
     */
    public record Returned(String id, String source, String target, TextFragment sourceContent, TextFragment content,
            boolean done) {
    }

    /** Reads {@code file} with the default done-states ({@link Translated#DONE_STATES}). */
    public static ReturnedXliff read(Path file) {
        return read(file, Translated.DONE_STATES);
    }

    /**
     * Reads {@code file}; a target counts as done in one of {@code doneStates} ({@link Translated#NO_STATE}: an XLIFF
     * 1.2 target without state). A target identical to its source never does: CAT tools that read the
     * source=target form of XLIFF (OmegaT 3.6) return an untranslated segment as a copy of its source, and leave
     * every state as it was.
     */
    public static ReturnedXliff read(Path file, Set<String> doneStates) {
        String head;
        try (var in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new InputProblem(file, "cannot be read: " + e.getMessage());
        }
        if (head.contains("urn:oasis:names:tc:xliff:document:2.")) {
            return readXliff2(file, doneStates);
        }
        // Okapi's 1.2 filter takes the languages from the caller: read them from the first <file>.
        Matcher source = SOURCE_LANGUAGE.matcher(head);
        Matcher target = TARGET_LANGUAGE.matcher(head);
        if (!source.find() || !target.find()) {
            throw new InputProblem(file, "has no source-language and target-language in its first <file>");
        }
        return readXliff12(file, LocaleId.fromBCP47(source.group(1)), LocaleId.fromBCP47(target.group(1)),
                doneStates);
    }

    private static final Pattern SOURCE_LANGUAGE = Pattern.compile("source-language=[\"']([^\"']+)");
    private static final Pattern TARGET_LANGUAGE = Pattern.compile("target-language=[\"']([^\"']+)");

    private static ReturnedXliff readXliff12(Path file, LocaleId sourceLocale, LocaleId target,
            Set<String> doneStates) {
        List<Returned> units = new ArrayList<>();
        String original = null;
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument raw = new RawDocument(file.toUri(), "UTF-8", sourceLocale, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isStartSubDocument() && original == null) {
                    original = event.getStartSubDocument().getName();
                }
                if (event.isTextUnit()) {
                    units.add(unit12(event.getTextUnit(), target, doneStates));
                }
            }
        } catch (OkapiException e) {
            throw new InputProblem(file, "is not XLIFF tilmash can read: " + e.getMessage());
        }
        if (original == null) {
            throw new InputProblem(file, "has no <file original>");
        }
        return new ReturnedXliff(file, original, target, units);
    }

    private static Returned unit12(ITextUnit unit, LocaleId target, Set<String> doneStates) {
        TextContainer translation = unit.getTarget(target);
        TextFragment content = translation == null ? new TextFragment() : translation.getUnSegmentedContentCopy();
        TextFragment source = unit.getSource().getUnSegmentedContentCopy();
        String text = content.getText();
        Property state = translation == null ? null : translation.getProperty(Property.STATE);
        Property approved = translation == null ? null : translation.getProperty(Property.APPROVED);
        boolean done = Translated.isDone(state == null ? Translated.NO_STATE : state.getValue(),
                approved != null && "yes".equals(approved.getValue()), Translated.hasText(text), doneStates)
                && !text.equals(source.getText());
        String id = unit.getName() != null ? unit.getName() : unit.getId();
        return new Returned(id, source.getText(), text, source, content, done);
    }

    /**
     * XLIFF 2: each segment of a unit is a returned unit ({@code ID}, {@code ID#2}...), its content with its inline
     * codes as Okapi's XLIFF 2 filter converts them ({@link X2ToOkpConverter}).
     */
    private static ReturnedXliff readXliff2(Path file, Set<String> doneStates) {
        List<Returned> units = new ArrayList<>();
        String original = null;
        LocaleId target = null;
        X2ToOkpConverter converter = null;
        try (XLIFFReader reader = new XLIFFReader()) {
            reader.open(file.toFile());
            while (reader.hasNext()) {
                var event = reader.next();
                if (event.isStartXliff()) {
                    target = LocaleId.fromBCP47(event.getStartXliffData().getTargetLanguage());
                    converter = new X2ToOkpConverter(target);
                } else if (event.isStartFile() && original == null) {
                    original = event.getStartFileData().getOriginal();
                } else if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    ITextUnit converted = converter.convert(unit);
                    ISegments sources = converted.getSource().getSegments();
                    TextContainer translation = converted.getTarget(target);
                    int n = 0;
                    for (Segment segment : unit.getSegments()) {
                        String text = segment.hasTarget() ? segment.getTarget().getPlainText() : "";
                        String source = segment.getSource().getPlainText();
                        TargetState state = segment.getState();
                        boolean done = Translated.isDone(state == null ? null : state.toString(), false,
                                Translated.hasText(text), doneStates) && !text.equals(source);
                        String id = n == 0 ? unit.getId() : unit.getId() + "#" + (n + 1);
                        TextFragment content = segment.hasTarget() && translation != null
                                && n < translation.getSegments().count()
                                ? translation.getSegments().get(n).getContent() : new TextFragment(text);
                        units.add(new Returned(id, source, text, sources.get(n).getContent(), content, done));
                        n++;
                    }
                }
            }
        } catch (XLIFFException e) {
            // Okapi's XLIFF 2 messages take several lines (where, then what): one line here.
            throw new InputProblem(file, "is not XLIFF 2 tilmash can read: "
                    + e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; "));
        }
        if (original == null || target == null) {
            throw new InputProblem(file, "has no <file original> or trgLang");
        }
        return new ReturnedXliff(file, original, target, units);
    }
}
