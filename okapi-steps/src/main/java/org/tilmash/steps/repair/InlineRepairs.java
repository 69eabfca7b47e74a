package org.tilmash.steps.repair;

/**
 * The repairs made inside one unit's text, in order: characters XML cannot carry, spaces, hyphen-broken words,
 * mixed-script words. They work on Okapi coded text as well as on plain text: inline-code markers are private-use
 * characters, neither letters nor spaces, so no repair touches them.
 */
final class InlineRepairs {

    private InlineRepairs() {
    }

    /**
     * @param trimEnds drop spaces at both ends (true for a line of plain text)
     */
    static String apply(String text, boolean trimEnds, RepairCounts counts) {
        String repaired = InvalidXmlCharacters.remove(text, counts);
        repaired = Spaces.normalize(repaired, trimEnds, counts);
        repaired = HyphenatedBreaks.rejoin(repaired, counts);
        return MixedScriptWords.fix(repaired, counts);
    }
}
