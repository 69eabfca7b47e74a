package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Matches the inline codes of an aligned translation to those of its source segment, so that a writer pairs the
 * translation's bold with the source's bold: each translation code takes the id of the first source code not yet
 * taken with the same kind (opening, closing, placeholder) and type (bold, italic, link...), preferring one whose
 * data has the same shape (the data without its numbers: a filter may give two codes one type, as Okapi's OpenXML
 * filter types both a line break, {@code <tags2/>}, and a footnote reference, {@code <run4/>}, {@code x}); a closing
 * code follows its opening code. A code with no counterpart stays where it is with an id of its own, and the mismatch is
 * described for the reviewer's note.
 */
final class InlineCodeMatch {

    private InlineCodeMatch() {
    }

    /**
     * Renumbers {@code target}'s codes after {@code source}'s.
     *
     * @return a description of the codes present on one side only; empty when every code has its counterpart
     */
    static String matchToSource(TextFragment source, TextFragment target) {
        List<Code> sourceCodes = source.getCodes();
        boolean[] taken = new boolean[sourceCodes.size()];
        int nextId = 1;
        for (Code code : sourceCodes) {
            nextId = Math.max(nextId, code.getId() + 1);
        }
        Map<Integer, Integer> openedAs = new HashMap<>();
        Map<Integer, Boolean> openedMatched = new HashMap<>();
        List<String> translationOnly = new ArrayList<>();
        for (Code code : target.getCodes()) {
            int id;
            boolean matched;
            if (code.getTagType() == TagType.CLOSING && openedAs.containsKey(code.getId())) {
                id = openedAs.get(code.getId());
                int index = find(sourceCodes, taken, code, id);
                matched = openedMatched.get(code.getId()) && index >= 0;
                if (index >= 0) {
                    taken[index] = true;
                }
            } else {
                int index = find(sourceCodes, taken, code, null);
                matched = index >= 0;
                if (matched) {
                    taken[index] = true;
                    id = sourceCodes.get(index).getId();
                } else {
                    id = nextId++;
                }
                if (code.getTagType() == TagType.OPENING) {
                    openedAs.put(code.getId(), id);
                    openedMatched.put(code.getId(), matched);
                }
            }
            if (!matched) {
                translationOnly.add(describe(code));
            }
            code.setId(id);
        }
        List<String> sourceOnly = new ArrayList<>();
        for (int i = 0; i < sourceCodes.size(); i++) {
            if (!taken[i]) {
                sourceOnly.add(describe(sourceCodes.get(i)));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!translationOnly.isEmpty()) {
            parts.add("inline codes only in the translation: " + String.join(" ", translationOnly));
        }
        if (!sourceOnly.isEmpty()) {
            parts.add("inline codes only in the source: " + String.join(" ", sourceOnly));
        }
        return String.join("; ", parts);
    }

    /** The source code for {@code code}: same kind and type (and {@code id} if given), same shape if any. */
    private static int find(List<Code> codes, boolean[] taken, Code code, Integer id) {
        int sameType = -1;
        for (int i = 0; i < codes.size(); i++) {
            Code candidate = codes.get(i);
            if (!taken[i] && candidate.getTagType() == code.getTagType()
                    && Objects.equals(candidate.getType(), code.getType()) && (id == null || candidate.getId() == id)) {
                if (shape(candidate).equals(shape(code))) {
                    return i;
                }
                sameType = sameType < 0 ? i : sameType;
            }
        }
        return sameType;
    }

    private static String shape(Code code) {
        return code.getData() == null ? "" : code.getData().replaceAll("\\d+", "");
    }

    /** A short name for a reviewer: the code's type, "/" before a closing one. */
    private static String describe(Code code) {
        String type = code.getType() == null || code.getType().isEmpty() ? "code" : code.getType();
        return (code.getTagType() == TagType.CLOSING ? "/" : "") + type;
    }
}
