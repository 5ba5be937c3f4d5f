package org.healthlibrary.assistant.answer.model;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.answer.AnswerMessages;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.ExtractiveWording;

/** Test helper: the fallback counter's values, the breaker's reset, and the extractive answer to compare with. */
@ApplicationScoped
public class ModelFallbackCounts {

    private final MeterRegistry registry;
    private final AnswerService answers;
    private final AnswerMessages messages;

    public ModelFallbackCounts(MeterRegistry registry, AnswerService answers, AnswerMessages messages) {
        this.registry = registry;
        this.answers = answers;
        this.messages = messages;
    }

    /** The {@code assistant.model.fallback} count for a reason (0 before the first). */
    public double count(String reason) {
        Counter c = registry.find(ModelFallbacks.METRIC).tag("reason", reason).counter();
        return c == null ? 0 : c.count();
    }

    /** Closes the model's circuit breaker, so that one test's failures do not affect the next. */
    public void resetBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** The answer the pipeline gives with no model, for a first message. */
    public String extractive(String message) {
        return new ExtractiveWording(messages, SafetyEnglish.MESSAGES).text(answers.decide(message, Conversation.start(), null).draft());
    }
}
