package org.tilmash.steps.pipeline;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.ICallableStep;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipeline.IWorkQueueStep;
import org.tilmash.core.OrderedBatches;

/**
 * An output step ({@link OutputStep}) queued behind the steps before it, as Okapi's work-queue step: the pipeline
 * driver sets its runtime parameters (input, output, locales, execution context) on the step it wraps. The output
 * steps at the end of a pipeline share one {@link OrderedBatches}: each gets every event in the pipeline's order, one
 * step after another as in Okapi's own pipeline, while the steps before them go on with the next events; the run's
 * pool gives the queue a thread when one is free, and with one thread the queue runs on the pipeline's own when it
 * fills. An event is handed over once the last step before has sent it on: no step touches it there again.
 *
 * <p>The driver sets a document's parameters before it sends the batch's first events, which are fewer than a
 * batch of the queue, and the queue is drained at the end of each document: no queued step runs before its
 * parameters are set. After a failure of a step before, whoever runs the pipeline drains the queue.
 */
final class QueuedStep implements IWorkQueueStep<Event> {

    private IPipelineStep step;
    private final OrderedBatches queue;

    private QueuedStep(IPipelineStep step, OrderedBatches queue) {
        this.step = step;
        this.queue = queue;
    }

    /** The steps, the output steps at their end queued on {@code queue}. */
    static List<IPipelineStep> behind(List<IPipelineStep> steps, OrderedBatches queue) {
        int first = steps.size();
        while (first > 0 && steps.get(first - 1) instanceof OutputStep) {
            first--;
        }
        List<IPipelineStep> queued = new ArrayList<>(steps.subList(0, first));
        steps.subList(first, steps.size()).forEach(step -> queued.add(new QueuedStep(step, queue)));
        return queued;
    }

    /**
     * Queues the event for the step; at the end of a document or a batch, waits until the queue is done, so that a
     * failure of an output step is the document's, thrown from the driver as when the step ran in line.
     */
    @Override
    public Event handleEvent(Event event) {
        IPipelineStep output = step;
        queue.submit(() -> output.handleEvent(event)); // an output step sends the event on as it came
        if (event.getEventType() == EventType.END_BATCH_ITEM || event.getEventType() == EventType.END_BATCH) {
            queue.drain();
        }
        return event;
    }

    @Override
    public IPipelineStep getMainStep() {
        return step;
    }

    @Override
    public void setMainStep(IPipelineStep step) {
        this.step = step;
    }

    /** None: the step itself runs on the queue. */
    @Override
    public LinkedList<ICallableStep<Event>> getCallableSteps() {
        return new LinkedList<>();
    }

    @Override
    public int getWorkQueueCount() {
        return 1;
    }

    /** One queue per pipeline, shared by its output steps. */
    @Override
    public void setWorkQueueCount(int count) {
        if (count != 1) {
            throw new IllegalArgumentException("an output step has one queue, not " + count);
        }
    }

    @Override
    public void init() {
        // The queue is the pipeline's.
    }

    @Override
    public IParameters getParameters() {
        return step.getParameters();
    }

    @Override
    public void setParameters(IParameters params) {
        step.setParameters(params);
    }

    @Override
    public String getName() {
        return step.getName();
    }

    @Override
    public String getDescription() {
        return step.getDescription();
    }

    @Override
    public String getHelpLocation() {
        return step.getHelpLocation();
    }

    @Override
    public boolean isDone() {
        return step.isDone();
    }

    @Override
    public void destroy() {
        step.destroy();
    }

    @Override
    public void cancel() {
        step.cancel();
    }

    @Override
    public boolean isLastOutputStep() {
        return step.isLastOutputStep();
    }

    @Override
    public void setLastOutputStep(boolean last) {
        step.setLastOutputStep(last);
    }

    @Override
    public LocaleId getSourceLocale() {
        return step.getSourceLocale();
    }

    @Override
    public void setSourceLocale(LocaleId locale) {
        step.setSourceLocale(locale);
    }

    @Override
    public LocaleId getTargetLocale() {
        return step.getTargetLocale();
    }

    @Override
    public void setTargetLocale(LocaleId locale) {
        step.setTargetLocale(locale);
    }
}
