package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.gcaligner.AlignmentFunction;
import net.sf.okapi.steps.gcaligner.AlignmentScorer;
import net.sf.okapi.steps.gcaligner.DpMatrix;
import net.sf.okapi.steps.gcaligner.DpMatrixCell;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;
import net.sf.okapi.steps.gcaligner.Penalties;

/**
 * Okapi's {@code SentenceAlignerStep} as it behaves on two documents: paragraph k of the source is aligned with
 * paragraph k of the target by Gale-Church ({@code net.sf.okapi.steps.gcaligner}, the step's own scorer and
 * penalties); source paragraphs beyond the target's are left unaligned (the step stops with an error there) and
 * target paragraphs beyond the source's are never read.
 */
final class OkapiBaseline {
    private OkapiBaseline() {
    }

    static List<Bead> align(List<Sentence> source, List<Sentence> target, LocaleId sourceLocale,
                            LocaleId targetLocale) {
        List<List<Integer>> sourceParagraphs = paragraphs(source);
        List<List<Integer>> targetParagraphs = paragraphs(target);
        List<Bead> beads = new ArrayList<>();
        for (int p = 0; p < sourceParagraphs.size(); p++) {
            List<Integer> src = sourceParagraphs.get(p);
            if (p >= targetParagraphs.size()) {
                src.forEach(s -> beads.add(new Bead(List.of(s), List.of())));
                continue;
            }
            List<Integer> trg = targetParagraphs.get(p);
            List<AlignmentScorer<String>> scorers = List.of(new GaleAndChurch<>());
            AlignmentFunction<String> function =
                    new AlignmentFunction<>(sourceLocale, targetLocale, scorers, new Penalties());
            DpMatrix<String> matrix = new DpMatrix<>(texts(source, src), texts(target, trg), function);
            for (DpMatrixCell cell : matrix.align()) {
                // DpMatrix indices are 1-based.
                switch (cell.getState()) {
                    case DpMatrixCell.MATCH -> beads.add(new Bead(List.of(src.get(cell.getXindex() - 1)),
                            List.of(trg.get(cell.getYindex() - 1))));
                    case DpMatrixCell.DELETED -> beads.add(new Bead(List.of(src.get(cell.getXindex() - 1)),
                            List.of()));
                    case DpMatrixCell.INSERTED -> beads.add(new Bead(List.of(),
                            List.of(trg.get(cell.getYindex() - 1))));
                    case DpMatrixCell.MULTI_MATCH -> beads.add(new Bead(
                            src.subList(cell.getMultiMatchXIndexBegin() - 1, cell.getMultiMatchXIndexEnd() - 1),
                            trg.subList(cell.getMultiMatchYIndexBegin() - 1, cell.getMultiMatchYIndexEnd() - 1)));
                    default -> {
                    }
                }
            }
        }
        return beads;
    }

    private static List<List<Integer>> paragraphs(List<Sentence> sentences) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i == 0 || sentences.get(i).paragraph() != sentences.get(i - 1).paragraph()) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(i);
        }
        return out;
    }

    private static List<String> texts(List<Sentence> sentences, List<Integer> indices) {
        return indices.stream().map(i -> sentences.get(i).text()).toList();
    }
}
