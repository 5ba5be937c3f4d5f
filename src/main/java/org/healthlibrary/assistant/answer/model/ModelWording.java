package org.healthlibrary.assistant.answer.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerWording;
import org.healthlibrary.assistant.answer.model.guard.AnswerGuardrail;
import org.healthlibrary.assistant.answer.model.guard.Grounding;
import org.healthlibrary.assistant.answer.model.guard.Guardrails;
import org.jboss.logging.Logger;

/**
 * Model mode's {@link AnswerWording}: the configured chat model words the answer from the
 * passages the pipeline retrieved and cites, then the {@link Guardrails} check it. Empty (so the
 * pipeline keeps its extractive answer) when no model is configured, when the call fails or
 * times out ({@link ModelGateway}), or when a guardrail rejects the answer; every fallback is
 * counted by {@link ModelFallbacks}. It never sees emergencies or lab results (the pipeline
 * answers those first) and never touches citations or the disclaimer.
 *
 * <p>With no {@code assistant.model.base-url} it behaves exactly like the extractive default
 * and creates no model client. Thread-safe.
 */
@ApplicationScoped
public class ModelWording implements AnswerWording {

    private static final Logger LOG = Logger.getLogger(ModelWording.class);

    private final ModelConfig config;
    private final ModelGateway gateway;
    private final SessionMemories memories;
    private final ModelFallbacks fallbacks;
    private final ObjectMapper json;
    private final Guardrails guardrails = Guardrails.standard();

    public ModelWording(ModelConfig config, ModelGateway gateway, SessionMemories memories, ModelFallbacks fallbacks,
                        ObjectMapper json) {
        this.config = config;
        this.gateway = gateway;
        this.memories = memories;
        this.fallbacks = fallbacks;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            LOG.infof("Model mode: answers are worded by %s at %s (timeout %s)", config.name(),
                    config.baseUrl().orElseThrow(), config.timeout());
        } else {
            LOG.info("Extractive mode: no assistant.model.base-url configured");
        }
    }

    @Override
    public Optional<String> word(WordingRequest request) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        ModelPrompt prompt = prompt(request);
        String memoryId = memories.open(request.sessionId());
        try {
            ChatMessage mark = memories.mark(memoryId);
            Optional<String> accepted = gateway.answer(memoryId, prompt)
                    .flatMap(text -> check(text, prompt.grounding().withToolResults(memories.toolResults(memoryId))));
            if (accepted.isEmpty()) {
                memories.recordFallback(memoryId, mark, request.question(), request.extractive());
            }
            return accepted;
        } finally {
            memories.close(memoryId);
        }
    }

    @Override
    public String mode() {
        return config.enabled() ? "model" : "extractive";
    }

    /** The prompt for a request: passages, question, and the lab report as JSON if there is one. */
    ModelPrompt prompt(WordingRequest request) {
        return ModelPrompt.of(request, labReportJson(request.labReport()));
    }

    /** The answer when every guardrail passes; otherwise empty, counted. */
    Optional<String> check(String answer, Grounding grounding) {
        Optional<AnswerGuardrail> failed = guardrails.firstFailure(answer, grounding);
        if (failed.isPresent()) {
            fallbacks.rejected(failed.get().name());
            return Optional.empty();
        }
        return Optional.of(answer);
    }

    private String labReportJson(Object report) {
        if (report == null) {
            return null;
        }
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The lab report could not be written as JSON", e);
        }
    }
}
