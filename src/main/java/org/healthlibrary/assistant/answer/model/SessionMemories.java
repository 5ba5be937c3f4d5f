package org.healthlibrary.assistant.answer.model;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.quarkiverse.langchain4j.ChatMemoryRemover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps the model's chat memory in step with chat sessions. quarkus-langchain4j holds a window
 * of {@link ModelConfig#memoryMessages()} messages per memory id (the session id); this class
 * drops a session's memory {@link ModelConfig#memoryTtl()} after its last model call and
 * when more than {@link ModelConfig#memorySessions()} sessions have memory (rarely and not
 * recently used first), as the chat session store does with sessions: a Caffeine cache of the
 * sessions with memory, whose evictions (size or expiry, never an explicit replace) remove the
 * memory (from this replica only, when the store is shared: {@link SessionChatMemories}). A request without a session gets
 * a one-off memory that is dropped right after the call.
 *
 * <p>It also rewrites the last answer in memory when the patient got the extractive answer
 * instead of the model's, so that the model never builds on words it was not allowed to say.
 * Thread-safe: the cache is; its maintenance and removal notices run on the calling thread, so
 * the bound holds and evicted memories are gone when {@link #open} returns.
 */
@ApplicationScoped
public class SessionMemories {

    /** Prefix of one-off memory ids; the colon cannot occur in a chat session id. */
    private static final String ONE_OFF = "one-off:";

    private final Consumer<List<Object>> remover;
    private final ChatMemoryStore store;
    private final Cache<String, Boolean> sessions;

    @Inject
    public SessionMemories(ModelAssistant assistant, ChatMemoryStore store, ModelConfig config) {
        this(ids -> ChatMemoryRemover.remove(assistant, ids), store, config, Clock.systemUTC());
    }

    /**
     * Memories with a given remover and clock (tests).
     *
     * @param remover drops memories from the AI service (its cache of memories and the store)
     */
    SessionMemories(Consumer<List<Object>> remover, ChatMemoryStore store, ModelConfig config, Clock clock) {
        this.remover = remover;
        this.store = store;
        this.sessions = Caffeine.newBuilder()
                .maximumSize(config.memorySessions())
                .expireAfterWrite(config.memoryTtl())
                .ticker(ticker(clock))
                .executor(Runnable::run)
                .<String, Boolean>removalListener((id, used, cause) -> {
                    if (cause.wasEvicted()) {
                        remover.accept(List.of(id));
                    }
                })
                .build();
    }

    /** Caffeine's clock, read from {@code clock} so tests can move time. */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    /**
     * The memory id for a call in this session, marking the session as used and dropping
     * expired or surplus memories.
     *
     * @param sessionId the chat session, or null for a one-off call
     */
    public String open(String sessionId) {
        if (sessionId == null) {
            return ONE_OFF + UUID.randomUUID();
        }
        sessions.put(sessionId, Boolean.TRUE);
        sessions.cleanUp();
        return sessionId;
    }

    /** True for the id of a one-off memory (a call without a session). */
    static boolean isOneOff(Object memoryId) {
        return memoryId instanceof String id && id.startsWith(ONE_OFF);
    }

    /** Ends a call: a one-off memory is dropped at once. */
    public void close(String memoryId) {
        if (memoryId.startsWith(ONE_OFF)) {
            remover.accept(List.of(memoryId));
        }
    }

    /** The number of sessions that currently have memory (for tests and diagnostics). */
    public int size() {
        sessions.cleanUp();
        return Math.toIntExact(sessions.estimatedSize());
    }

    /**
     * What every tool call in the memory returned (the CBC reports as JSON): the model had them
     * in its context, so an answer may use their numbers.
     */
    public List<String> toolResults(String memoryId) {
        return store.getMessages(memoryId).stream()
                .filter(ToolExecutionResultMessage.class::isInstance)
                .map(m -> ((ToolExecutionResultMessage) m).text())
                .toList();
    }

    /** The last message in a memory now, to tell afterwards whether a call added to it (null when empty). */
    public ChatMessage mark(String memoryId) {
        List<ChatMessage> messages = store.getMessages(memoryId);
        return messages.isEmpty() ? null : messages.getLast();
    }

    /**
     * Records that the patient got {@code shown} instead of the model's answer, so that the
     * model never builds on words it was not allowed to say: when the call reached memory (a
     * guardrail rejected its answer), its last answer is replaced; when it did not (a timeout or
     * an error), the question and {@code shown} are added as a turn, unless the memory is still
     * empty (the next call starts it with the system prompt).
     *
     * @param memoryId the memory
     * @param mark     {@link #mark} taken before the call
     * @param question the patient's question
     * @param shown    the answer the patient got
     */
    public void recordFallback(String memoryId, ChatMessage mark, String question, String shown) {
        List<ChatMessage> messages = new ArrayList<>(store.getMessages(memoryId));
        ChatMessage last = messages.isEmpty() ? null : messages.getLast();
        if (last != null && !last.equals(mark)) {
            if (!(last instanceof AiMessage ai) || ai.hasToolExecutionRequests()) {
                return;
            }
            messages.set(messages.size() - 1, AiMessage.from(shown));
        } else if (!messages.isEmpty()) {
            messages.add(UserMessage.from(question));
            messages.add(AiMessage.from(shown));
        } else {
            return;
        }
        store.updateMessages(memoryId, messages);
    }
}
