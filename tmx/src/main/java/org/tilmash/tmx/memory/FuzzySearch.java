package org.tilmash.tmx.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.okapi.lib.search.lucene.analysis.NgramAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;

/**
 * Fuzzy matching with Pensieve's measure, the Dice coefficient over distinct character 4-grams
 * ({@code 200 * shared / (query grams + entry grams)}), found in bounded time.
 *
 * <p>Pensieve's {@code TmFuzzyQuery} walks the postings of every n-gram of the query through the whole index and
 * its seeker then reads every candidate above a rough cut, growing its result list and searching again until all
 * fit: on a memory of templated strings, where every entry shares the template's n-grams, one lookup read hundreds
 * of thousands of entries. Here a plain Lucene query asks for entries that share at least as many n-grams as a
 * match over the threshold must ({@code shared >= t|A| / (2 - t)}, since an entry has at least {@code shared}
 * n-grams), ranks them by shared n-grams with Lucene's top-k search (which skips entries that cannot enter the top
 * k), and only the best {@link #candidates} are scored exactly, fewer when those scored already beat what the next
 * could score. Scoring reads no text: the shared n-grams are the hit's Lucene score, and each entry's number of
 * n-grams is a doc value ({@link EntryDocument#SOURCE_GRAMS}); only the matches returned are read.
 */
final class FuzzySearch {

    /** Pensieve's analyzer: lower case, whitespace runs as one space, character 4-grams. */
    static final Analyzer NGRAMS = new NgramAnalyzer(4);
    /** Lucene's default limit of clauses in one query; a longer text is searched by its first n-grams. */
    private static final int MAX_QUERY_GRAMS = IndexSearcher.getMaxClauseCount();
    private static final int MIN_CANDIDATES = 100;
    /** Pensieve's penalty for texts whose n-grams are the same but not their case. */
    private static final double CASE_PENALTY = 2;

    private final IndexSearcher searcher;
    private int lastCandidates;

    FuzzySearch(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** How many entries are read and scored for a lookup returning at most {@code max} matches. */
    static int candidates(int max) {
        return Math.max(MIN_CANDIDATES, 10 * max);
    }

    /** Entries read and scored by the last {@link #search} (for tests of the bound). */
    int lastCandidates() {
        return lastCandidates;
    }

    /** Matches scoring at least {@code threshold} (0..100), best first (ties: newest first), at most {@code max}. */
    List<MemoryMatch> search(String key, int threshold, int max) {
        lastCandidates = 0;
        Set<String> query = grams(key);
        if (query.isEmpty() || max <= 0) {
            return List.of();
        }
        double t = threshold / 100.0;
        int needed = (int) Math.ceil(t * query.size() / (2 - t) - 1e-9);
        List<String> searched = new ArrayList<>(query).subList(0, Math.min(query.size(), MAX_QUERY_GRAMS));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String gram : searched) {
            builder.add(new ConstantScoreQuery(new TermQuery(new Term(EntryDocument.SOURCE, gram))),
                    BooleanClause.Occur.SHOULD);
        }
        int unsearched = query.size() - searched.size();
        // Of the n-grams left out of a long query, an entry may share them all.
        builder.setMinimumNumberShouldMatch(Math.max(1, needed - unsearched));
        try {
            int candidates = candidates(max);
            // Counting stops at the candidates: from the first hits on, Lucene skips entries that cannot enter them.
            TopDocs top = searcher.search(builder.build(),
                    TopScoreDocCollector.createSharedManager(candidates, null, candidates));
            List<Scored> scored = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                // Hits come by shared n-grams, most first; an entry sharing s scores at most 200 s / (|A| + s).
                double shared = hit.score + unsearched;
                if (scored.size() >= max && 200 * shared / (query.size() + shared) < worstKept(scored, max)) {
                    break;
                }
                lastCandidates++;
                double score = score(hit, query, unsearched);
                if (score >= 100 && !source(hit.doc).equals(key)) {
                    score = 100 - CASE_PENALTY;
                }
                if (score >= threshold) {
                    scored.add(new Scored(hit.doc, score));
                    scored.sort(BEST_FIRST);
                }
            }
            List<MemoryMatch> matches = new ArrayList<>();
            for (Scored best : scored.subList(0, Math.min(max, scored.size()))) {
                matches.add(EntryDocument.match(searcher.storedFields().document(best.doc()), best.score(), false,
                        false));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The score of a hit: its shared n-grams are its Lucene score (one per query n-gram it has), and its own number
     * of n-grams is a doc value; an entry without it (written by Pensieve), or a query too long to be searched
     * whole, is scored from the entry's text.
     */
    private double score(ScoreDoc hit, Set<String> query, int unsearched) throws IOException {
        if (unsearched == 0) {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues grams = DocValues.getNumeric(leaf.reader(), EntryDocument.SOURCE_GRAMS);
            if (grams.advanceExact(hit.doc - leaf.docBase)) {
                return 200.0 * Math.round(hit.score) / (query.size() + grams.longValue());
            }
        }
        return dice(query, grams(source(hit.doc)));
    }

    private String source(int doc) throws IOException {
        return searcher.storedFields().document(doc, Set.of(EntryDocument.SOURCE_EXACT))
                .get(EntryDocument.SOURCE_EXACT);
    }

    private record Scored(int doc, double score) {
    }

    /** Best score first; of equal scores, the newest entry. */
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparingInt(s -> -s.doc());

    private static double worstKept(List<Scored> scored, int max) {
        return scored.get(max - 1).score();
    }

    private static double dice(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String gram : b) {
            if (a.contains(gram)) {
                shared++;
            }
        }
        return 200.0 * shared / (a.size() + b.size());
    }

    /** The distinct n-grams of a text, in text order. */
    static Set<String> grams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        try (TokenStream stream = NGRAMS.tokenStream(EntryDocument.SOURCE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                grams.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return grams;
    }
}
