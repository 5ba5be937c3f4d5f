package org.healthlibrary.assistant.chat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.conversation.ConversationStore;

/** {@code POST /api/chat}: validate, answer through the shared pipeline, map to the contract. */
@Path("/api/chat")
public class ChatResource {

    private final AnswerService answers;
    private final ConversationStore sessions;

    public ChatResource(AnswerService answers, ConversationStore sessions) {
        this.answers = answers;
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response chat(@Valid @NotNull(message = "{api.missing_body}") ChatRequest request) {
        String message = ChatValidation.message(request);
        String sessionId = request.sessionId() != null ? request.sessionId() : sessions.newId();
        Conversation conversation = sessions.get(sessionId);
        AnswerResult result = answers.answer(message, conversation, sessionId);
        sessions.put(sessionId, result.conversation());
        ChatResponse body = ChatResponse.of(sessionId, result);
        return Response.ok(body)
                .header("X-Trace-Id", result.trace().id())
                .header("X-Outcome", result.outcome().name())
                .build();
    }
}
