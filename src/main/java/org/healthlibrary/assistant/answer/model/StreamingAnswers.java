package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.data.message.ChatMessage;
import io.quarkiverse.langchain4j.runtime.aiservice.ChatEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.AnswerWording;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.model.StreamEvent.Delta;
import org.healthlibrary.assistant.answer.model.StreamEvent.Done;
import org.healthlibrary.assistant.answer.model.StreamEvent.Reset;
import org.healthlibrary.assistant.answer.model.guard.AnswerGuardrail;
import org.healthlibrary.assistant.answer.model.guard.Grounding;
import org.healthlibrary.assistant.answer.model.guard.Guardrails;

/**
 * Streams an answer: the pipeline decides first (red flags, lab values, retrieval, the evidence
 * gate, citations) exactly as for a plain answer; then, for a library answer in model mode, the
 * model's words are streamed a sentence at a time, each released only after the guardrails have
 * seen everything up to it. Emergencies and lab results are one {@link Done}; with no model,
 * or when the model fails, times out or a guardrail fails, the extractive answer is one
 * {@link Delta} (after a {@link Reset} if model text was already shown) and then {@link Done}.
 *
 * <p>The idle timeout is {@link ModelConfig#timeout()} between pieces. An open circuit breaker
 * skips the model; failures while streaming are counted as fallbacks but do not feed the
 * breaker (only plain answers do). Thread-safe; each call has its own state.
 */
@ApplicationScoped
public class StreamingAnswers {

    private final AnswerService answers;
    private final ModelConfig config;
    private final ModelWording wording;
    private final ModelAssistant assistant;
    private final ModelGateway gateway;
    private final SessionMemories memories;
    private final ModelFallbacks fallbacks;
    private final Guardrails guardrails = Guardrails.standard();

    public StreamingAnswers(AnswerService answers, ModelConfig config, ModelWording wording, ModelAssistant assistant,
                            ModelGateway gateway, SessionMemories memories, ModelFallbacks fallbacks) {
        this.answers = answers;
        this.config = config;
        this.wording = wording;
        this.assistant = assistant;
        this.gateway = gateway;
        this.memories = memories;
        this.fallbacks = fallbacks;
    }

    /**
     * Answers one message as a stream of events. Blocking until the pipeline has decided (run it
     * on a worker thread); the model's part then streams asynchronously.
     */
    public Multi<StreamEvent> answer(String message, Conversation conversation, String sessionId) {
        Capture capture = new Capture();
        AnswerResult result = answers.answer(message, conversation, sessionId, capture);
        if (result.emergency() || result.cbc() != null) {
            return Multi.createFrom().item(new Done(result));
        }
        AnswerWording.WordingRequest request = capture.request;
        if (request == null || !config.enabled() || !result.answer().endsWith(request.extractive())) {
            return extractive(result);
        }
        if (!gateway.available()) {
            fallbacks.failed(new CircuitBreakerOpenException(ModelGateway.BREAKER));
            return extractive(result);
        }
        return new Run(result, request).events();
    }

    private static Multi<StreamEvent> extractive(AnswerResult result) {
        return Multi.createFrom().items(new Delta(result.answer()), new Done(result));
    }

    /** One streamed model answer: its buffer, grounding and memory. */
    private final class Run {

        private final AnswerResult extractive;
        private final AnswerWording.WordingRequest request;
        private final String head;
        private final ModelPrompt prompt;
        private final String memoryId;
        private final SentenceBuffer buffer = new SentenceBuffer();
        private Grounding grounding;
        private ChatMessage mark;
        private boolean shown;

        Run(AnswerResult extractive, AnswerWording.WordingRequest request) {
            this.extractive = extractive;
            this.request = request;
            String full = extractive.answer();
            this.head = full.substring(0, full.length() - request.extractive().length());
            this.prompt = wording.prompt(request);
            this.grounding = prompt.grounding();
            this.memoryId = memories.open(request.sessionId());
        }

        Multi<StreamEvent> events() {
            mark = memories.mark(memoryId);
            return assistant.stream(memoryId, prompt.question(), prompt.passages(), prompt.labReport())
                    .ifNoItem().after(config.timeout()).failWith(() -> new TimeoutException("No model output within "
                            + config.timeout()))
                    .onItem().transformToIterable(this::onEvent)
                    .onCompletion().switchTo(() -> Multi.createFrom().iterable(complete()))
                    .onFailure().recoverWithMulti(failure -> Multi.createFrom().iterable(fail(failure)))
                    .onTermination().invoke(() -> memories.close(memoryId));
        }

        private List<StreamEvent> onEvent(ChatEvent event) {
            if (event instanceof ChatEvent.ToolExecutedEvent tool) {
                grounding = grounding.withToolResults(List.of(tool.getExecution().result()));
                return List.of();
            }
            if (!(event instanceof ChatEvent.PartialResponseEvent partial)) {
                return List.of();
            }
            buffer.append(partial.getChunk());
            int end = buffer.completeEnd();
            if (end < 0) {
                return List.of();
            }
            Guardrails.Partial check = guardrails.checkPartial(buffer.text().substring(0, end), grounding);
            if (check.failed().isPresent()) {
                throw new Rejected(check.failed().get());
            }
            return check.release() ? List.of(delta(buffer.release(end))) : List.of();
        }

        private List<StreamEvent> complete() {
            String text = buffer.text().strip();
            if (text.isEmpty()) {
                return fail(new MalformedReplyException("The model's stream had no answer text"));
            }
            grounding = grounding.withToolResults(memories.toolResults(memoryId));
            Optional<AnswerGuardrail> failed = guardrails.firstFailure(text, grounding);
            if (failed.isPresent()) {
                return fail(new Rejected(failed.get()));
            }
            List<StreamEvent> out = new ArrayList<>();
            String rest = buffer.rest();
            if (!rest.isBlank()) {
                out.add(delta(rest));
            }
            out.add(new Done(withAnswer(head + text)));
            return out;
        }

        private List<StreamEvent> fail(Throwable failure) {
            String reason;
            if (failure instanceof Rejected rejected) {
                fallbacks.rejected(rejected.rule.name());
                reason = FallbackReason.guardrail(rejected.rule.name());
            } else {
                fallbacks.failed(failure);
                reason = FallbackReason.of(failure).tag();
            }
            memories.recordFallback(memoryId, mark, request.question(), request.extractive());
            List<StreamEvent> out = new ArrayList<>();
            if (shown) {
                out.add(new Reset(reason));
            }
            out.add(new Delta(extractive.answer()));
            out.add(new Done(extractive));
            return out;
        }

        /** A released piece; the first one carries the pipeline's own lead (premise, dose or diagnosis notice). */
        private Delta delta(String piece) {
            if (shown) {
                return new Delta(piece);
            }
            shown = true;
            return new Delta(head + piece.stripLeading());
        }

        private AnswerResult withAnswer(String text) {
            AnswerResult r = extractive;
            return new AnswerResult(r.outcome(), text, r.citations(), r.cbc(), r.emergency(), r.trace(), r.conversation());
        }
    }

    /** Records what the pipeline asks to be worded, and lets it keep its extractive answer. */
    private static final class Capture implements AnswerWording {

        private AnswerWording.WordingRequest request;

        @Override
        public Optional<String> word(WordingRequest wordingRequest) {
            this.request = wordingRequest;
            return Optional.empty();
        }

        @Override
        public String mode() {
            return "model";
        }
    }

    /** A guardrail failed on streamed text. */
    private static final class Rejected extends RuntimeException {

        private final transient AnswerGuardrail rule;

        Rejected(AnswerGuardrail rule) {
            super("The " + rule.name() + " guardrail rejected the model's answer", null, false, false);
            this.rule = rule;
        }
    }
}
