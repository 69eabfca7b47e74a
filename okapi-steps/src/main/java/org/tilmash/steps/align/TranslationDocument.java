package org.tilmash.steps.align;

import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.resource.TextFragment;

/**
 * A translation read for alignment: its sentences in order, with paragraph indices; each sentence's content with
 * its inline codes (what fills a slot); and where each sentence is in the file (its line for plain text, its
 * paragraph number otherwise), for reviewers.
 *
 * @param sentences the sentences as the aligner sees them: text only, never code data
 * @param fragments the same sentences with their inline codes, index for index
 * @param sample    the first characters of the text, for the language detector
 * @param letters   the letters of all the text by script, for the language check
 */
record TranslationDocument(Path file, List<Sentence> sentences, List<TextFragment> fragments, int[] lines,
                           String sample, LanguageCheck.Letters letters) {
}
