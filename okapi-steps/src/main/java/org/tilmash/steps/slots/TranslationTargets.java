package org.tilmash.steps.slots;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IAnnotation;
import net.sf.okapi.common.resource.StartDocument;

/**
 * The target languages of a document, as the slot step made them: attached to the {@code StartDocument}, so that the
 * steps after it (alignment, leverage, writers, report) work on the same languages without a setting of their own.
 *
 * @param locales the target languages, in order
 */
public record TranslationTargets(List<LocaleId> locales) implements IAnnotation {

    /** The document's targets; {@code fallback} (the driver's target locales) when no slot step ran before. */
    public static List<LocaleId> of(StartDocument document, List<LocaleId> fallback) {
        TranslationTargets targets = document.getAnnotation(TranslationTargets.class);
        if (targets != null) {
            return targets.locales();
        }
        return fallback == null ? List.of() : List.copyOf(fallback);
    }

    /** Parses a comma-separated list of BCP 47 tags ({@code ru-RU,en-US}). */
    public static List<LocaleId> parse(String tags) {
        List<LocaleId> locales = new ArrayList<>();
        for (String tag : tags.split(",")) {
            if (!tag.isBlank()) {
                locales.add(LocaleId.fromBCP47(tag.strip()));
            }
        }
        return List.copyOf(locales);
    }

    /** The inverse of {@link #parse}. */
    public static String format(List<LocaleId> locales) {
        return String.join(",", locales.stream().map(LocaleId::toBCP47).toList());
    }
}
