package org.tilmash.steps.align;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;

/** The sentence segmenter for a translation's language: the one place that chooses the SRX rules. */
final class TranslationSegmentation {
    private TranslationSegmentation() {
    }

    /**
     * Okapi's default SRX rules until the project's rule set ({@code org.tilmash.steps.segment}) is merged; then
     * this method loads those for the language, so that translations and sources are cut the same way.
     */
    static ISegmenter segmenterFor(LocaleId language) {
        SRXDocument srx = new SRXDocument();
        srx.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        return srx.compileLanguageRules(language, null);
    }
}
