package org.tilmash.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.tilmash.steps.slots.Languages;

/** Reads an XLIFF file tilmash wrote back through Okapi's XLIFF filter, as a CAT pipeline would. */
final class OurXliff {

    private OurXliff() {
    }

    /** The text units of the file, in order. */
    static List<ITextUnit> units(Path xliff, LocaleId target) {
        List<ITextUnit> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter();
             RawDocument raw = new RawDocument(xliff.toUri(), "UTF-8", Languages.KAZAKH, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(event.getTextUnit());
                }
            }
        }
        return units;
    }
}
