package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold set whose translation is damaged the way translations come in practice, with its gold links changed to
 * match: parts left out (one paragraph at a quarter of the document, two in a row at the half, one at three
 * quarters; their source sentences become 1-0 links), a translator's note added as a paragraph of its own after the
 * third paragraph (a 0-1 link), and the whole body on one line (one paragraph). The damage is fixed, not random, so
 * the figures are reproducible.
 */
final class DamagedTranslation {

    private DamagedTranslation() {
    }

    static GoldSet of(GoldSet gold, String targetLanguage) {
        // Leave paragraphs out: map each kept target sentence to its new index.
        List<Sentence> kept = new ArrayList<>();
        Map<Integer, Integer> newIndex = new HashMap<>();
        List<Sentence> target = gold.target();
        long paragraphs = target.stream().mapToInt(Sentence::paragraph).distinct().count();
        java.util.Set<Long> leftOut = java.util.Set.of(paragraphs / 4, paragraphs / 2, paragraphs / 2 + 1,
                3 * paragraphs / 4);
        int paragraphOrdinal = -1;
        int lastParagraph = Integer.MIN_VALUE;
        int noteBefore = -1;
        for (int i = 0; i < target.size(); i++) {
            Sentence s = target.get(i);
            if (s.paragraph() != lastParagraph) {
                paragraphOrdinal++;
                lastParagraph = s.paragraph();
                if (paragraphOrdinal == 3 && noteBefore < 0) {
                    noteBefore = kept.size();
                    kept.add(new Sentence(note(targetLanguage), 0));
                }
            }
            if (leftOut.contains((long) paragraphOrdinal)) {
                continue;
            }
            newIndex.put(i, kept.size());
            kept.add(new Sentence(s.text(), 0)); // one paragraph: the body on one line
        }
        List<Bead> links = new ArrayList<>();
        boolean noteLinked = noteBefore < 0;
        for (Bead b : gold.links()) {
            List<Integer> t = b.target().stream().filter(newIndex::containsKey).map(newIndex::get).toList();
            if (!noteLinked && !t.isEmpty() && t.get(0) > noteBefore) {
                links.add(new Bead(List.of(), List.of(noteBefore)));
                noteLinked = true;
            }
            if (!b.source().isEmpty() || !t.isEmpty()) {
                links.add(new Bead(b.source(), t));
            }
        }
        if (!noteLinked) {
            links.add(new Bead(List.of(), List.of(noteBefore)));
        }
        return new GoldSet(gold.name() + " damaged", gold.source(), kept, links);
    }

    /** The longest line that counts as a short line (a line of dialogue, a list item, a heading). */
    static final int SHORT_LINE = 40;
    /** How many short lines in a row a translator puts on one line. */
    static final int SHORT_RUN = 3;

    /**
     * The translation with every run of at least {@link #SHORT_RUN} consecutive short lines (one-sentence paragraphs
     * of at most {@link #SHORT_LINE} characters: dialogue, list items) put on one line, as translators of news do
     * with a dialogue of short replies; the sentences and the gold links stay as they are.
     */
    static GoldSet shortLinesJoined(GoldSet gold) {
        List<Sentence> target = gold.target();
        List<Sentence> joined = new ArrayList<>(target.size());
        int k = 0;
        while (k < target.size()) {
            int end = k;
            while (end < target.size() && isShortLine(target, end)) {
                end++;
            }
            if (end - k >= SHORT_RUN) {
                for (int x = k; x < end; x++) {
                    joined.add(new Sentence(target.get(x).text(), target.get(k).paragraph()));
                }
                k = end;
            } else {
                joined.add(target.get(k));
                k++;
            }
        }
        return new GoldSet(gold.name() + " short lines joined", gold.source(), joined, gold.links());
    }

    private static boolean isShortLine(List<Sentence> sentences, int k) {
        int paragraph = sentences.get(k).paragraph();
        return sentences.get(k).text().length() <= SHORT_LINE
                && (k == 0 || sentences.get(k - 1).paragraph() != paragraph)
                && (k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != paragraph);
    }

    private static String note(String language) {
        return switch (language) {
            case "ru" -> "Примечание переводчика: перевод выполнен по тексту, опубликованному на официальном сайте.";
            case "kk" -> "Аудармашының ескертпесі: аударма ресми сайтта жарияланған мәтін бойынша жасалды.";
            default -> "Translator's note: the translation follows the text published on the official website.";
        };
    }
}
