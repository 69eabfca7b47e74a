package org.tilmash.steps.align;

import java.util.List;
import org.tilmash.core.Concurrently;

/**
 * Aligns a document with two translations of it, each pair checked by the third side: kk–ru is solved again with
 * what kk–en composed with en–ru says about it ({@link PivotAgreement}), kk–en with kk–ru composed with ru–en.
 *
 * <p>One round: the three pairs are aligned independently, then the two pairs that matter are solved again with
 * the others as pivot. A joint dynamic program over three documents would cost the product of two band widths per
 * sentence; this costs five banded passes instead of two, still linear in the documents' length.
 */
public final class TriangleAligner {
    private final SentenceAligner aligner = new SentenceAligner();

    /** The links of the source with each translation. */
    public record Result(List<Link> toFirst, List<Link> toSecond) {
    }

    /**
     * @param source the document's sentences
     * @param first  the sentences of one translation
     * @param second the sentences of another translation
     */
    public Result align(List<Sentence> source, List<Sentence> first, List<Sentence> second) {
        // The three pairs are independent, and so are the two checks: each runs on a thread of its own when the run
        // has one free (Concurrently).
        Concurrently.Part<SentenceAligner.Solved> sourceSecondLater =
                Concurrently.start(() -> aligner.solve(source, second));
        Concurrently.Part<List<Link>> firstSecondLater = Concurrently.start(() -> aligner.align(first, second));
        SentenceAligner.Solved sourceFirst = aligner.solve(source, first);
        // The part forked last first: if no thread has taken it, it runs here at once, while a free thread solves
        // the other (a thread waiting for a taken part does not run its own others meanwhile).
        List<Link> firstSecond = firstSecondLater.result();
        SentenceAligner.Solved sourceSecond = sourceSecondLater.result();
        List<Link> toFirst = sourceFirst.links();
        List<Link> toSecond = sourceSecond.links();
        Concurrently.Part<List<Link>> checkedSecond =
                Concurrently.start(() -> checked(sourceSecond, toFirst, firstSecond, first.size()));
        List<Link> checkedFirst = checked(sourceFirst, toSecond, PivotAgreement.inverse(firstSecond), second.size());
        return new Result(checkedFirst, checkedSecond.result());
    }

    /**
     * A pair's alignment solved again with the third side: the source's links to a pivot document and the pivot's
     * links to the pair's target.
     */
    static List<Link> checked(SentenceAligner.Solved pair, List<Link> sourceToPivot, List<Link> pivotToTarget,
                              int pivotSize) {
        PivotAgreement agreement = PivotAgreement.of(sourceToPivot, pivotToTarget, pair.sourceSize(), pivotSize,
                pair.targetSize());
        return pair.withPivot(agreement).links();
    }
}
