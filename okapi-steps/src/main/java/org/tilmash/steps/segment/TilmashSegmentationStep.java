package org.tilmash.steps.segment;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.steps.segmentation.SegmentationStep;

/**
 * Okapi's {@link SegmentationStep} with tilmash's SRX rules (or the file the parameters name), segmenting the source
 * only and keeping whitespace between segments out of them: {@link SegmentationRules#step}. A step of its own so that
 * a pipeline file needs no path to rules that live inside tilmash's jar.
 */
@UsingParameters(SegmentationParameters.class)
public final class TilmashSegmentationStep extends BasePipelineStep {

    private SegmentationParameters params = new SegmentationParameters();
    private LocaleId source;
    private String rootDirectory;
    private SegmentationStep okapiStep;

    @Override
    public String getName() {
        return "tilmash segmentation";
    }

    @Override
    public String getDescription() {
        return "Segments the source with tilmash's SRX rules (Kazakh, Russian, English) through Okapi's segmenter. "
                + "Expects: filter events. Sends back: filter events, source segmented.";
    }

    @Override
    public SegmentationParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (SegmentationParameters) params;
        okapiStep = null;
    }

    @StepParameterMapping(parameterType = StepParameterType.SOURCE_LOCALE)
    public void setSourceLocale(LocaleId source) {
        this.source = source;
        if (okapiStep != null) {
            okapiStep.setSourceLocale(source);
        }
    }

    @StepParameterMapping(parameterType = StepParameterType.ROOT_DIRECTORY)
    public void setRootDirectory(String rootDirectory) {
        this.rootDirectory = rootDirectory;
    }

    @Override
    public Event handleEvent(Event event) {
        if (okapiStep == null) {
            // Made at the first event (the driver sets the source locale per batch item, after START_BATCH).
            okapiStep = params.rules(rootDirectory).step(source);
        }
        return okapiStep.handleEvent(event);
    }

    @Override
    public void destroy() {
        if (okapiStep != null) {
            okapiStep.destroy();
        }
    }
}
