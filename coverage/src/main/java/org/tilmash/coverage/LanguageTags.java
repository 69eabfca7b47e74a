package org.tilmash.coverage;

import java.util.Locale;
import net.sf.okapi.common.LocaleId;

/** Language tags as reported and matched: normalised by Okapi's {@link LocaleId}, so ru-ru and ru-RU are one. */
final class LanguageTags {
    private LanguageTags() {
    }

    static String normalize(String tag) {
        return LocaleId.fromString(tag.trim()).toBCP47();
    }

    /** The primary language subtag, lower case: {@code ru} for {@code ru-RU}. */
    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
