package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.quarkiverse.langchain4j.runtime.aiservice.ChatEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The chat model as quarkus-langchain4j exposes it: the system prompt from
 * {@code prompts/system.txt}, a user message from {@code prompts/answer.txt} carrying the passages
 * the pipeline retrieved, the CBC classifier as its one tool, and chat memory per session
 * ({@code @MemoryId}: the chat session id; a window of {@link ModelConfig#memoryMessages()}
 * messages, dropped by {@link SessionMemories}).
 *
 * <p>Only {@link ModelGateway} and {@link StreamingAnswers} call it, behind the timeout, the
 * circuit breaker and the guardrails; nothing it returns reaches a patient unchecked.
 * Application-scoped so that memory lives as long as the session, not the HTTP request.
 */
@RegisterAiService(tools = CbcTool.class)
@ApplicationScoped
@SystemMessage(fromResource = "prompts/system.txt")
public interface ModelAssistant {

    /**
     * Words one answer (tool calls included). The result's finish reason tells a cut-off answer;
     * quarkus-langchain4j 1.10 leaves its tool executions empty, so their reports are read from
     * the chat memory instead.
     *
     * @param sessionId the chat memory to use
     * @param question  the patient's message, after the safety screen
     * @param passages  the retrieved passages, numbered, with their headings ({@link PromptText})
     * @param labReport the lab report as JSON, or "none"
     */
    @UserMessage(fromResource = "prompts/answer.txt")
    Result<String> answer(@MemoryId String sessionId, String question, String passages, String labReport);

    /** The same request, streamed: text pieces, tool executions, then completion. */
    @UserMessage(fromResource = "prompts/answer.txt")
    Multi<ChatEvent> stream(@MemoryId String sessionId, String question, String passages, String labReport);
}
