package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.healthlibrary.assistant.search.IndexNotReadyException;

/**
 * The skill: maps each request to its reply. {@code LaunchRequest} greets and keeps the session
 * open; an {@code IntentRequest} goes to the {@link IntentHandler} for its intent (an intent
 * with no handler gets the fallback reply); {@code SessionEndedRequest} and any other request
 * type get no speech, as Alexa requires. A question that reaches the library before its index
 * is open gets a spoken "still getting ready" (emergencies and lab values never need the
 * index), not an HTTP error the device would read as a broken skill. Thread-safe.
 */
@ApplicationScoped
public class AlexaSkill {

    private final Map<String, IntentHandler> handlers;
    private final VoiceMessages messages;

    public AlexaSkill(@All List<IntentHandler> handlers, VoiceMessages messages) {
        this.messages = messages;
        Map<String, IntentHandler> byName = new TreeMap<>();
        for (IntentHandler h : handlers) {
            IntentHandler previous = byName.put(h.intentName(), h);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for intent " + h.intentName() + ": "
                        + previous.getClass().getName() + " and " + h.getClass().getName());
            }
        }
        this.handlers = Map.copyOf(byName);
    }

    /** The reply to a (verified) request. */
    public VoiceReply handle(RequestEnvelope envelope) {
        SessionState state = SessionState.from(envelope.getSession());
        return switch (envelope.getRequest()) {
            case LaunchRequest ignored -> VoiceReply.prompt(messages.welcome(), state);
            case IntentRequest request -> intent(request, state);
            default -> VoiceReply.silent();
        };
    }

    /** The intents this skill handles. */
    public Set<String> intentNames() {
        return handlers.keySet();
    }

    private VoiceReply intent(IntentRequest request, SessionState state) {
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        IntentHandler handler = name == null ? null : handlers.get(name);
        if (handler == null) {
            return VoiceReply.prompt(messages.fallback(), state);
        }
        try {
            return handler.handle(request.getIntent(), state);
        } catch (IndexNotReadyException e) {
            return VoiceReply.prompt(messages.notReady(), state);
        }
    }
}
