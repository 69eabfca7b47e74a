package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.LocaleId;

/**
 * Turns the links of every target language into what the source segments become and what their slots receive.
 *
 * <ul>
 * <li>A link joining two source sentences of one paragraph (2-1, 2-2) joins their segments, for every target
 *     language at once (the source is shared): one unit then holds the joined source and its translation. A
 *     language whose links split such a group fills the joined slot with its target sentences in order.</li>
 * <li>Several target sentences for one slot (1-2) are joined with a space.</li>
 * <li>A link whose source sentences lie in different paragraphs cannot join them (they are different units).
 *     Rule: the whole target goes to the source sentence that holds the larger part of the link's source
 *     characters (the first on a tie), the other sentence's slot stays empty, the detail says "across
 *     paragraphs" and the confidence is halved, so that review finds it and {@code --min-confidence} can hold it
 *     back. No source or target text is duplicated, none is dropped.</li>
 * <li>Target sentences without source (0-1) fill nothing; the report lists their lines.</li>
 * </ul>
 */
final class SlotAssignment {
    /** What one slot (a source segment, after joins) receives in one language. */
    record Fill(int sourceHead, int sourceCount, List<Integer> targets, double confidence, String detail) {
    }

    private final boolean[] joinsWithNext;
    private final Map<LocaleId, List<Fill>> fills = new LinkedHashMap<>();

    private SlotAssignment(boolean[] joinsWithNext) {
        this.joinsWithNext = joinsWithNext;
    }

    static SlotAssignment of(List<Sentence> source, Map<LocaleId, List<Link>> linksByLanguage) {
        int n = source.size();
        boolean[] join = new boolean[n];
        for (List<Link> links : linksByLanguage.values()) {
            for (Link link : links) {
                if (link.isPair() && link.sourceCount() >= 2 && sameParagraph(source, link)) {
                    for (int k = 0; k < link.sourceCount() - 1; k++) {
                        join[link.sourceStart() + k] = true;
                    }
                }
            }
        }
        SlotAssignment assignment = new SlotAssignment(join);
        for (Map.Entry<LocaleId, List<Link>> e : linksByLanguage.entrySet()) {
            assignment.fills.put(e.getKey(), assignment.fillsFor(source, e.getValue()));
        }
        return assignment;
    }

    /** Whether source sentence s is joined with s + 1 into one segment. */
    boolean joinsWithNext(int s) {
        return joinsWithNext[s];
    }

    List<Fill> fills(LocaleId language) {
        return fills.getOrDefault(language, List.of());
    }

    private List<Fill> fillsFor(List<Sentence> source, List<Link> links) {
        int n = source.size();
        int[] groupHead = new int[n];
        for (int s = 0; s < n; s++) {
            groupHead[s] = s > 0 && joinsWithNext[s - 1] ? groupHead[s - 1] : s;
        }
        Map<Integer, List<Integer>> targets = new LinkedHashMap<>();
        Map<Integer, Double> confidence = new LinkedHashMap<>();
        Map<Integer, Boolean> across = new LinkedHashMap<>();
        for (Link link : links) {
            if (!link.isPair()) {
                continue;
            }
            boolean crossing = !sameParagraph(source, link);
            int owner = crossing ? largerPart(source, link) : link.sourceStart();
            int head = groupHead[owner];
            List<Integer> list = targets.computeIfAbsent(head, h -> new ArrayList<>());
            for (int t = 0; t < link.targetCount(); t++) {
                list.add(link.targetStart() + t);
            }
            double c = crossing ? link.confidence() / 2 : link.confidence();
            confidence.merge(head, c, Math::min);
            across.merge(head, crossing, Boolean::logicalOr);
        }
        List<Fill> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : targets.entrySet()) {
            int head = e.getKey();
            int size = 1;
            while (head + size - 1 < n - 1 && joinsWithNext[head + size - 1]) {
                size++;
            }
            String detail = size + "-" + e.getValue().size() + (across.get(head) ? " across paragraphs" : "");
            out.add(new Fill(head, size, e.getValue(), confidence.get(head), detail));
        }
        return out;
    }

    private static boolean sameParagraph(List<Sentence> source, Link link) {
        int first = source.get(link.sourceStart()).paragraph();
        return source.get(link.sourceStart() + link.sourceCount() - 1).paragraph() == first;
    }

    private static int largerPart(List<Sentence> source, Link link) {
        int best = link.sourceStart();
        for (int s = link.sourceStart() + 1; s < link.sourceStart() + link.sourceCount(); s++) {
            if (source.get(s).text().length() > source.get(best).text().length()) {
                best = s;
            }
        }
        return best;
    }
}
