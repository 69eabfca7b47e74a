package org.tilmash.steps.repair;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that a line-wrapping hyphen broke and re-flowing left with spaces: "жариялан-  ды" becomes
 * "жарияланды", "жөнінде-  гі" becomes "жөніндегі". After a capital or a digit the hyphen is Kazakh spelling of a
 * suffix and stays: "ТМД-  ға" becomes "ТМД-ға", "5-  бап" becomes "5-бап". A real compound has no space after its
 * hyphen ("саяси-экономикалық", "2008-2009") and is not touched; a hyphen followed by a conjunction is a suspended
 * compound ("ауыл-  және орман", "двух- и трёхкомнатный") and is not touched either.
 */
final class HyphenatedBreaks {

    private static final Pattern BROKEN = Pattern.compile("([\\p{L}\\p{N}])- +(\\p{Ll}+)");

    /** Words that follow a suspended hyphen; none of them is a Kazakh suffix on its own. */
    private static final Set<String> NOT_A_WORD_END = Set.of(
            "және", "немесе", "не", "я", "яки", "әрі", "бұл", "ол", "осы", "сол", "деп",
            "и", "или", "либо", "а", "но", "это",
            "and", "or", "to");

    private HyphenatedBreaks() {
    }

    static String rejoin(String text, RepairCounts counts) {
        if (text.indexOf("- ") < 0) {
            return text;
        }
        Matcher m = BROKEN.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            if (NOT_A_WORD_END.contains(m.group(2))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            char before = m.group(1).charAt(0);
            out.append(text, copied, m.start()).append(before);
            if (!Character.isLowerCase(before)) {
                out.append('-');
            }
            out.append(m.group(2));
            copied = m.end();
            counts.add(RepairKind.REJOINED_HYPHENATIONS, 1);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
