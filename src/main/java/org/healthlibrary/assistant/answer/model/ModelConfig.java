package org.healthlibrary.assistant.answer.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Model mode: an OpenAI-compatible chat model (OpenAI, Azure OpenAI, vLLM, Ollama's {@code /v1})
 * words answers from the passages the pipeline retrieved. Off unless {@link #baseUrl()} is set;
 * every key can come from the environment ({@code ASSISTANT_MODEL_BASE_URL}, ...). The
 * quarkus-langchain4j client takes its settings from these keys (see application.properties).
 */
@ConfigMapping(prefix = "assistant.model")
public interface ModelConfig {

    /**
     * The OpenAI-compatible endpoint, e.g. {@code https://api.openai.com/v1/} or
     * {@code http://vllm.internal:8000/v1}. Absent: extractive mode, no model and no network.
     */
    Optional<String> baseUrl();

    /** The API key, sent as a bearer token. Secret: set it from the environment only. */
    Optional<String> apiKey();

    /** The model's name as the endpoint knows it. */
    @WithDefault("gpt-4o-mini")
    String name();

    /**
     * The longest a model answer may take (a tool round trip included); when streaming, the
     * longest wait for the next piece. Beyond it the patient gets the extractive answer.
     */
    @WithDefault("8s")
    Duration timeout();

    /** Chat memory per session: at most this many messages (system prompt, questions, answers, tool calls). */
    @WithDefault("10")
    int memoryMessages();

    /** Chat memory is dropped this long after a session's last model answer (match {@code assistant.chat.session-ttl}). */
    @WithDefault("30m")
    Duration memoryTtl();

    /** At most this many sessions keep chat memory; the least recently used is dropped first. */
    @WithDefault("10000")
    int memorySessions();

    /** The circuit breaker around model calls. */
    Breaker breaker();

    /** True when a model is configured. */
    default boolean enabled() {
        return baseUrl().filter(url -> !url.isBlank()).isPresent();
    }

    /** When to stop calling a failing model for a while. */
    interface Breaker {

        /** How many recent calls the breaker looks at. */
        @WithDefault("10")
        int window();

        /** The share (0..1) of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker answers extractively before trying the model again. */
        @WithDefault("30s")
        Duration delay();
    }
}
