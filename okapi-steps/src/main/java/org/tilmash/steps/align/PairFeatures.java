package org.tilmash.steps.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of a document pair, computed once: sentence lengths, anchor keys as integer ids with a weight
 * each, punctuation counts and paragraph starts. Keys that occur on one side only are dropped here, as they
 * cannot be evidence for any link.
 *
 * <p>A key's weight is estimated from the document pair itself: rare keys are strong evidence (an idf), and a
 * key is trusted in proportion to how equally often it occurs on both sides (a year cited three times in the
 * Kazakh text and three times in the Russian is a real anchor; a consonant frame found in 40 Kazakh sentences
 * and 2 Russian ones is a coincidence of two vocabularies).
 */
final class PairFeatures {
    /** Punctuation that translators keep: ? ! quotes % ( : with the weight of one count of difference. */
    static final float[] PUNCTUATION_WEIGHTS = {1.0f, 1.0f, 0.25f, 0.5f, 0.3f, 0.15f};
    /** The idf part of a weight saturates: beyond this, a rarer key is no surer. */
    private static final double MAX_IDF = 4.0;
    /**
     * Keys lighter than this (common on both sides) change no decision and would only cost time. With
     * {@link #MAX_IDF}, it also bounds every weight to [2^-4, 2^2]: such floats are multiples of 2^-27, so any sum of
     * them in a double is exact, whatever the order of the terms ({@link BeadCost} relies on that).
     */
    private static final double MIN_WEIGHT = 0.1;
    /** Relative trust in key kinds: digits and Latin tokens are copied; consonant frames are approximate. */
    private static final Map<Character, Double> KIND_WEIGHTS = Map.of('n', 1.0, 'r', 1.0, 'm', 1.0, 'l', 0.8,
            'w', 0.6, 'v', 0.3);

    final Side source;
    final Side target;
    final float[] keyWeight;

    /** The per-sentence features of one side. */
    static final class Side {
        final int size;
        final int[] length;
        final int[][] keys;
        /**
         * Each sentence's punctuation counts, PUNCTUATION_BITS bits per kind in one long: the counts of a bead are
         * the sum of its sentences' longs (a count is at most 127, a bead at most MAX_SPAN sentences, so no field
         * overflows into the next), and two beads with equal sums have no difference to price.
         */
        final long[] packedPunctuation;
        final boolean[] paragraphStart;
        final int[] paragraph;
        /** The total weight of each sentence's keys: what skipping it leaves unmatched. */
        final float[] keyWeight;
        /**
         * For each key of each sentence (parallel to {@link #keys}), how many sentences on the same key recurs,
         * at most {@link BeadCost#MAX_SPAN}: a bead's keys counted once each, from its last sentence backwards.
         */
        final byte[][] recursAfter;

        private Side(int size) {
            this.size = size;
            length = new int[size];
            keys = new int[size][];
            packedPunctuation = new long[size];
            paragraphStart = new boolean[size];
            paragraph = new int[size];
            keyWeight = new float[size];
            recursAfter = new byte[size][];
        }

        private void findRecurrences(int keyCount) {
            int[] nextAt = new int[keyCount];
            java.util.Arrays.fill(nextAt, Integer.MAX_VALUE);
            for (int i = size - 1; i >= 0; i--) {
                byte[] after = new byte[keys[i].length];
                for (int x = 0; x < after.length; x++) {
                    int key = keys[i][x];
                    after[x] = (byte) Math.min(BeadCost.MAX_SPAN, (long) nextAt[key] - i);
                    nextAt[key] = i;
                }
                recursAfter[i] = after;
            }
        }

        private void sumWeights(float[] weights) {
            for (int i = 0; i < size; i++) {
                for (int k : keys[i]) {
                    keyWeight[i] += weights[k];
                }
            }
        }

        long totalLength() {
            long total = 0;
            for (int l : length) {
                total += l;
            }
            return total;
        }
    }

    PairFeatures(List<Sentence> sourceSentences, List<Sentence> targetSentences) {
        // key -> {id, source df, target df}; each sentence keeps its keys as ids, not as strings (memory: a
        // document's keys are tens of times its sentence count).
        Map<String, int[]> ids = new HashMap<>();
        int[][] sourceKeys = collect(sourceSentences, ids, 1);
        int[][] targetKeys = collect(targetSentences, ids, 2);
        double n = Math.max(1, Math.max(sourceSentences.size(), targetSentences.size()));
        float[] weights = new float[ids.size()];
        int[] sharedId = new int[ids.size()];
        java.util.Arrays.fill(sharedId, -1);
        int shared = 0;
        for (Map.Entry<String, int[]> e : ids.entrySet()) {
            int[] v = e.getValue();
            if (v[1] > 0 && v[2] > 0) {
                double agreement = (double) Math.min(v[1], v[2]) / Math.max(v[1], v[2]);
                double idf = Math.min(MAX_IDF, Math.log(1 + n / Math.max(v[1], v[2])));
                double weight = agreement * idf * KIND_WEIGHTS.get(e.getKey().charAt(0));
                if (weight >= MIN_WEIGHT) {
                    sharedId[v[0]] = shared;
                    weights[shared++] = (float) weight;
                }
            }
        }
        keyWeight = java.util.Arrays.copyOf(weights, shared);
        source = side(sourceSentences, sourceKeys, sharedId);
        target = side(targetSentences, targetKeys, sharedId);
        source.sumWeights(keyWeight);
        target.sumWeights(keyWeight);
        source.findRecurrences(keyWeight.length);
        target.findRecurrences(keyWeight.length);
    }

    private static int[][] collect(List<Sentence> sentences, Map<String, int[]> ids, int column) {
        int[][] all = new int[sentences.size()][];
        for (int i = 0; i < all.length; i++) {
            Set<String> keys = Anchors.of(sentences.get(i).text());
            int[] sentenceKeys = new int[keys.size()];
            int k = 0;
            for (String key : keys) {
                int[] v = ids.computeIfAbsent(key, x -> new int[] {ids.size(), 0, 0});
                v[column]++;
                sentenceKeys[k++] = v[0];
            }
            all[i] = sentenceKeys;
        }
        return all;
    }

    private static Side side(List<Sentence> sentences, int[][] keys, int[] sharedId) {
        Side side = new Side(sentences.size());
        for (int i = 0; i < side.size; i++) {
            Sentence s = sentences.get(i);
            side.length[i] = Math.max(1, visibleLength(s.text()));
            side.keys[i] = shared(keys[i], sharedId);
            keys[i] = null; // the local ids are not needed any more
            side.packedPunctuation[i] = packed(punctuation(s.text()));
            side.paragraph[i] = s.paragraph();
            side.paragraphStart[i] = i == 0 || sentences.get(i - 1).paragraph() != s.paragraph();
        }
        return side;
    }

    /** A sentence's keys that are shared, as shared ids in ascending order. */
    private static int[] shared(int[] localKeys, int[] sharedId) {
        int[] keys = new int[localKeys.length];
        int count = 0;
        for (int local : localKeys) {
            if (sharedId[local] >= 0) {
                keys[count++] = sharedId[local];
            }
        }
        keys = java.util.Arrays.copyOf(keys, count);
        java.util.Arrays.sort(keys);
        return keys;
    }

    /** Characters other than whitespace: spacing conventions differ and carry no content. */
    static int visibleLength(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && !Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }

    /** Bits per punctuation kind in a packed long: 6 kinds x 10 bits; 3 sentences (MAX_SPAN) x 127 < 1024. */
    private static final int PUNCTUATION_BITS = 10;

    private static long packed(byte[] counts) {
        long packed = 0;
        for (int p = 0; p < counts.length; p++) {
            packed |= (long) counts[p] << (p * PUNCTUATION_BITS);
        }
        return packed;
    }

    /** The count of punctuation kind {@code p} in a packed long (or a sum of them). */
    static int count(long packed, int p) {
        return (int) (packed >>> (p * PUNCTUATION_BITS)) & ((1 << PUNCTUATION_BITS) - 1);
    }

    private static byte[] punctuation(String text) {
        byte[] counts = new byte[PUNCTUATION_WEIGHTS.length];
        for (int i = 0; i < text.length(); i++) {
            int kind = switch (text.charAt(i)) {
                case '?' -> 0;
                case '!' -> 1;
                case '"', '«', '»', '“', '”', '„', '‟' -> 2;
                case '%' -> 3;
                case '(' -> 4;
                case ':' -> 5;
                default -> -1;
            };
            if (kind >= 0 && counts[kind] < Byte.MAX_VALUE) {
                counts[kind]++;
            }
        }
        return counts;
    }
}
