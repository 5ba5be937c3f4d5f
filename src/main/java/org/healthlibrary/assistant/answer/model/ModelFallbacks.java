package org.healthlibrary.assistant.answer.model;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Counts every answer that fell back from the model to the extractive wording, in the
 * {@code assistant.model.fallback} counter tagged with the {@code reason}
 * ({@link FallbackReason} tags, or {@code guardrail-<rule>}), and logs the reason at WARN
 * without any patient text. Thread-safe.
 */
@ApplicationScoped
public class ModelFallbacks {

    /** The counter's name. */
    public static final String METRIC = "assistant.model.fallback";

    private static final Logger LOG = Logger.getLogger(ModelFallbacks.class);

    private final MeterRegistry registry;

    public ModelFallbacks(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts a fallback after a failed call. */
    public void failed(Throwable failure) {
        FallbackReason reason = FallbackReason.of(failure);
        LOG.warnf("Model call failed (%s: %s); answering extractively", reason.tag(), failure.getClass().getSimpleName());
        count(reason.tag());
    }

    /** Counts a fallback after a guardrail rejected the model's answer. */
    public void rejected(String rule) {
        LOG.warnf("Model answer rejected by the %s guardrail; answering extractively", rule);
        count(FallbackReason.guardrail(rule));
    }

    private void count(String reason) {
        Counter.builder(METRIC)
                .description("Answers that fell back from the model to the extractive wording")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
