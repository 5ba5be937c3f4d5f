package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.Result;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Calls the model behind SmallRye Fault Tolerance: a timeout of {@link ModelConfig#timeout()},
 * a circuit breaker ({@link ModelConfig#breaker()}) and a fallback to empty, which means "use
 * the extractive answer"; every fallback is counted by {@link ModelFallbacks}. A slow, failing or
 * garbled model therefore never reaches a patient as an error.
 *
 * <p>Why a programmatic guard rather than {@code @Timeout}/{@code @CircuitBreaker} annotations:
 * annotation values are constants (or plain numbers in MicroProfile config), and the timeout
 * must follow {@code assistant.model.timeout}, a duration an operator sets; the guard is built
 * from {@link ModelConfig} at start-up with the same SmallRye implementation. Thread-safe.
 */
@ApplicationScoped
public class ModelGateway {

    /** The circuit breaker's name, for {@link CircuitBreakerMaintenance}. */
    public static final String BREAKER = "assistant-model";

    private final ModelAssistant assistant;
    private final ModelFallbacks fallbacks;
    private final TypedGuard<Reply> guard;

    public ModelGateway(ModelAssistant assistant, ModelConfig config, ModelFallbacks fallbacks) {
        this.assistant = assistant;
        this.fallbacks = fallbacks;
        this.guard = TypedGuard.create(new TypeLiteral<Reply>() { })
                .withDescription("assistant model call")
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                    .name(BREAKER)
                    .requestVolumeThreshold(config.breaker().window())
                    .failureRatio(config.breaker().failureRatio())
                    .delay(config.breaker().delay().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .withFallback().handler(this::fallback).done()
                .build();
    }

    /**
     * The model's answer text (stripped, never blank) to a prompt, or the reason it has none
     * (it failed, timed out, was unreadable or the breaker is open; {@link FallbackReason} tags). Tool calls happen inside; their reports
     * are in the chat memory afterwards ({@link SessionMemories#toolResults}).
     *
     * @param memoryId the chat memory to use (the session id)
     * @param prompt   the question, passages and lab report
     */
    public Reply answer(String memoryId, ModelPrompt prompt) {
        return guard.get(() -> call(memoryId, prompt));
    }

    /** True when the breaker lets calls through (streaming checks it before calling). */
    public boolean available() {
        return CircuitBreakerMaintenance.get().currentState(BREAKER) != CircuitBreakerState.OPEN;
    }

    private Reply call(String memoryId, ModelPrompt prompt) {
        Result<String> result = assistant.answer(memoryId, prompt.question(), prompt.passages(), prompt.labReport());
        String text = result.content();
        if (text == null || text.isBlank()) {
            throw new MalformedReplyException("The model's reply has no answer text");
        }
        if (result.finishReason() == FinishReason.LENGTH) {
            throw new MalformedReplyException("The model's answer was cut off at its token limit");
        }
        return new Reply(Optional.of(text.strip()), null);
    }

    private Reply fallback(Throwable failure) {
        fallbacks.failed(failure);
        return new Reply(Optional.empty(), FallbackReason.of(failure).tag());
    }

    /**
     * A model call's result.
     *
     * @param text    the answer text, or empty
     * @param failure when empty, the {@link FallbackReason} tag; else {@code null}
     */
    public record Reply(Optional<String> text, String failure) {
    }
}
