package org.healthlibrary.assistant.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Map;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.conversation.ConversationStore;
import org.healthlibrary.assistant.answer.model.StreamEvent;
import org.healthlibrary.assistant.answer.model.StreamingAnswers;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * {@code POST /api/chat/stream}: the chat answer as server-sent events. Same request body and
 * validation as {@code POST /api/chat} (errors are the same JSON 400s, before any event). Events:
 * <ul>
 *   <li>{@code delta}: {@code {"text": "..."}}, a piece of the answer to append;</li>
 *   <li>{@code reset}: {@code {"reason": "..."}}, discard the deltas so far (the model's answer
 *       failed a check after part of it was shown); the extractive answer follows as a delta;</li>
 *   <li>{@code done}: the complete {@code POST /api/chat} response body (answer, citations,
 *       outcome, session id) plus {@code traceId} (what {@code POST /api/chat} sends as the
 *       {@code X-Trace-Id} header, for feedback), always last; its {@code answer} is authoritative.</li>
 * </ul>
 * The disclaimer is put into the {@code done} body here, from {@link SafetyMessages#disclaimer()}:
 * the disclaimer gate only sees whole response entities, not stream items.
 */
@Path("/api/chat/stream")
public class ChatStreamResource {

    private final StreamingAnswers answers;
    private final ConversationStore sessions;
    private final ObjectMapper json;
    private final SafetyMessages safety;

    public ChatStreamResource(StreamingAnswers answers, ConversationStore sessions, ObjectMapper json,
                              SafetyMessages safety) {
        this.answers = answers;
        this.sessions = sessions;
        this.json = json;
        this.safety = safety;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Valid @NotNull(message = "{api.missing_body}") ChatRequest request, @Context Sse sse) {
        String message = ChatValidation.message(request);
        String sessionId = request.sessionId() != null ? request.sessionId() : sessions.newId();
        Conversation conversation = sessions.get(sessionId);
        return answers.answer(message, conversation, sessionId)
                .map(event -> toSse(event, sessionId, sse));
    }

    private OutboundSseEvent toSse(StreamEvent event, String sessionId, Sse sse) {
        return switch (event) {
            case StreamEvent.Delta delta -> sse("delta", Map.of("text", delta.text()), sse);
            case StreamEvent.Reset reset -> sse("reset", Map.of("reason", reset.reason()), sse);
            case StreamEvent.Done done -> {
                AnswerResult r = done.result();
                sessions.put(sessionId, r.conversation());
                ObjectNode body = json.valueToTree(ChatResponse.of(sessionId, r).withDisclaimer(safety.disclaimer()));
                body.put("traceId", r.trace().id());
                yield sse("done", body, sse);
            }
        };
    }

    private OutboundSseEvent sse(String name, Object body, Sse sse) {
        try {
            return sse.newEventBuilder().name(name).data(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stream event could not be written as JSON", e);
        }
    }
}
