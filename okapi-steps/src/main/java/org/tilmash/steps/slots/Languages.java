package org.tilmash.steps.slots;

import java.util.List;
import net.sf.okapi.common.LocaleId;

/** The languages tilmash works with: Kazakh sources and their Russian and English translation slots. */
public final class Languages {
    public static final LocaleId KAZAKH = LocaleId.fromBCP47("kk-KZ");
    public static final LocaleId RUSSIAN = LocaleId.fromBCP47("ru-RU");
    public static final LocaleId ENGLISH = LocaleId.fromBCP47("en-US");
    public static final List<LocaleId> TARGETS = List.of(RUSSIAN, ENGLISH);

    private Languages() {
    }
}
