package org.tilmash.steps.repair;

/** Removes the characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF, lone surrogates. */
final class InvalidXmlCharacters {

    private InvalidXmlCharacters() {
    }

    static String remove(String text, RepairCounts counts) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean valid;
            if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r') {
                valid = true;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c);
                }
                c = text.charAt(++i);
                valid = true;
            } else {
                valid = false;
            }
            if (valid) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                counts.add(RepairKind.REMOVED_INVALID_XML_CHARACTERS, 1);
            }
        }
        return out == null ? text : out.toString();
    }
}
