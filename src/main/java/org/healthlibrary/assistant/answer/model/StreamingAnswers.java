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
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.AnswerWording;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftedAnswer;
import org.healthlibrary.assistant.answer.Worded;
import org.healthlibrary.assistant.answer.WordingTrace;
import org.healthlibrary.assistant.answer.model.StreamEvent.Delta;
import org.healthlibrary.assistant.answer.model.StreamEvent.Done;
import org.healthlibrary.assistant.answer.model.StreamEvent.Reset;
import org.healthlibrary.assistant.answer.model.guard.AnswerGuardrail;
import org.healthlibrary.assistant.answer.model.guard.Grounding;
import org.healthlibrary.assistant.answer.model.guard.Guardrails;

/**
 * The streamed wording of a draft: the pipeline decides first (red flags, lab values,
 * retrieval, the evidence gate, citations) exactly as for a plain answer; then, for a library
 * answer in model mode, the model's words are streamed a sentence at a time, each released only
 * after the guardrails have seen everything up to it, the draft's notices (worded extractively)
 * leading the first piece. Emergencies and lab results are one {@link Done}; with no model, or
 * when the model fails, times out or a guardrail fails, the extractive text is one {@link Delta}
 * (after a {@link Reset} if model text was already shown) and then {@link Done}. The trace is
 * published once, when the {@link Done} is built, with the fallback reason and any rejection.
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
        DraftedAnswer drafted = answers.decide(message, conversation, sessionId);
        long start = System.nanoTime();
        if (drafted.draft().emergency() || drafted.draft().labReport() != null) {
            return Multi.createFrom().item(() -> new Done(publish(drafted, extractive(drafted, null), start)));
        }
        if (!wording.wordsWithModel(drafted)) {
            return extractiveEvents(drafted, null, start);
        }
        if (!gateway.available()) {
            CircuitBreakerOpenException open = new CircuitBreakerOpenException(ModelGateway.BREAKER);
            fallbacks.failed(open);
            return extractiveEvents(drafted, FallbackReason.of(open).tag(), start);
        }
        return new Run(drafted, start).events();
    }

    private Multi<StreamEvent> extractiveEvents(DraftedAnswer drafted, String fallback, long start) {
        Worded worded = extractive(drafted, fallback);
        return Multi.createFrom().items(() -> java.util.stream.Stream.of(new Delta(worded.text()),
                new Done(publish(drafted, worded, start))));
    }

    private Worded extractive(DraftedAnswer drafted, String fallback) {
        WordingTrace how = fallback == null ? WordingTrace.extractive() : WordingTrace.fallback(fallback, List.of());
        return new Worded(wording.extractive().text(drafted.draft()), how.asStreamed());
    }

    private org.healthlibrary.assistant.answer.AnswerResult publish(DraftedAnswer drafted, Worded worded, long start) {
        return answers.publish(drafted, worded, (System.nanoTime() - start) / 1e6);
    }

    /** One streamed model answer: its buffer, grounding and memory. */
    private final class Run {

        private final DraftedAnswer drafted;
        private final long start;
        private final AnswerWording.WordingRequest request;
        private final String lead;
        private final ModelPrompt prompt;
        private final String memoryId;
        private final SentenceBuffer buffer = new SentenceBuffer();
        private Grounding grounding;
        private ChatMessage mark;
        private boolean shown;

        Run(DraftedAnswer drafted, long start) {
            this.drafted = drafted;
            this.start = start;
            this.request = wording.request(drafted);
            this.lead = String.join("", wording.extractive().notices(drafted.draft().notices()).stream()
                    .map(n -> n + " ").toList());
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
            Worded worded = new Worded(wording.extractive().withNotices(drafted.draft(), text),
                    WordingTrace.model().asStreamed());
            out.add(new Done(publish(drafted, worded, start)));
            return out;
        }

        private List<StreamEvent> fail(Throwable failure) {
            String reason;
            List<String> rejections = List.of();
            if (failure instanceof Rejected rejected) {
                fallbacks.rejected(rejected.rule.name());
                reason = FallbackReason.guardrail(rejected.rule.name());
                rejections = List.of(rejected.rule.name());
            } else {
                fallbacks.failed(failure);
                reason = FallbackReason.of(failure).tag();
            }
            memories.recordFallback(memoryId, mark, request.question(), request.extractive());
            Worded worded = new Worded(wording.extractive().text(drafted.draft()),
                    WordingTrace.fallback(reason, rejections).asStreamed());
            List<StreamEvent> out = new ArrayList<>();
            if (shown) {
                out.add(new Reset(reason));
            }
            out.add(new Delta(worded.text()));
            out.add(new Done(publish(drafted, worded, start)));
            return out;
        }

        /** A released piece; the first one carries the draft's notices, worded. */
        private Delta delta(String piece) {
            if (shown) {
                return new Delta(piece);
            }
            shown = true;
            return new Delta(lead + piece.stripLeading());
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
