package org.healthlibrary.assistant.answer.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerMessages;
import org.healthlibrary.assistant.answer.AnswerWording;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.DraftedAnswer;
import org.healthlibrary.assistant.answer.ExtractiveWording;
import org.healthlibrary.assistant.answer.Worded;
import org.healthlibrary.assistant.answer.WordingTrace;
import org.healthlibrary.assistant.answer.model.guard.AnswerGuardrail;
import org.healthlibrary.assistant.answer.model.guard.Guardrails;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.safety.SafetyMessages;
import org.jboss.logging.Logger;

/**
 * The {@link AnswerWording} of the running service: with no {@code assistant.model.base-url}
 * it is the {@link ExtractiveWording} (no model client is created); in model mode the model
 * rewords a library answer's sentences from the passages the draft cites, the {@link Guardrails}
 * check it, and the draft's notices stay in front, worded by the extractive wording. Every
 * other draft (emergencies, lab values, replies, comparisons, corrections) is worded
 * extractively. When the call fails, times out or a guardrail rejects the answer, the
 * extractive text is used, counted by {@link ModelFallbacks} and named in the {@link WordingTrace}.
 * Thread-safe.
 */
@ApplicationScoped
public class ModelWording implements AnswerWording {

    private static final Logger LOG = Logger.getLogger(ModelWording.class);

    private final ModelConfig config;
    private final ModelGateway gateway;
    private final SessionMemories memories;
    private final ModelFallbacks fallbacks;
    private final ObjectMapper json;
    private final ExtractiveWording extractive;
    private final Guardrails guardrails = Guardrails.standard();

    public ModelWording(ModelConfig config, ModelGateway gateway, SessionMemories memories, ModelFallbacks fallbacks,
                        ObjectMapper json, AnswerMessages messages, SafetyMessages safety) {
        this.config = config;
        this.gateway = gateway;
        this.memories = memories;
        this.fallbacks = fallbacks;
        this.json = json;
        this.extractive = new ExtractiveWording(messages, safety);
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
    public Worded word(DraftedAnswer drafted) {
        if (!wordsWithModel(drafted)) {
            return extractive.word(drafted);
        }
        WordingRequest request = request(drafted);
        ModelPrompt prompt = prompt(request);
        String memoryId = memories.open(request.sessionId());
        try {
            ChatMessage mark = memories.mark(memoryId);
            ModelGateway.Reply reply = gateway.answer(memoryId, prompt);
            if (reply.text().isEmpty()) {
                memories.recordFallback(memoryId, mark, request.question(), request.extractive());
                return new Worded(extractive.text(drafted.draft()), WordingTrace.fallback(reply.failure(), List.of()));
            }
            Optional<AnswerGuardrail> failed = guardrails.firstFailure(reply.text().get(),
                    prompt.grounding().withToolResults(memories.toolResults(memoryId)));
            if (failed.isPresent()) {
                fallbacks.rejected(failed.get().name());
                memories.recordFallback(memoryId, mark, request.question(), request.extractive());
                return new Worded(extractive.text(drafted.draft()),
                        WordingTrace.fallback(FallbackReason.guardrail(failed.get().name()), List.of(failed.get().name())));
            }
            return new Worded(extractive.withNotices(drafted.draft(), reply.text().get()), WordingTrace.model());
        } finally {
            memories.close(memoryId);
        }
    }

    @Override
    public String mode() {
        return config.enabled() ? "model" : "extractive";
    }

    /** True when the model words this draft: model mode and a library answer's sentences. */
    boolean wordsWithModel(DraftedAnswer drafted) {
        return config.enabled() && drafted.draft().body() instanceof DraftBody.LibrarySentences;
    }

    /** The extractive wording this one falls back to. */
    ExtractiveWording extractive() {
        return extractive;
    }

    /** What the model is asked to word: the draft's passages, question and lab report, and the extractive body. */
    WordingRequest request(DraftedAnswer drafted) {
        return WordingRequest.of(drafted, extractive.body(drafted.draft().body()));
    }

    /** The prompt for a request: passages, question, and the lab report as JSON if there is one. */
    ModelPrompt prompt(WordingRequest request) {
        return ModelPrompt.of(request, labReportJson(request.labReport()));
    }

    private String labReportJson(CbcReport report) {
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
