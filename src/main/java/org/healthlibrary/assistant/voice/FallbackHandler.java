package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code AMAZON.FallbackIntent}: something the model could not place; suggests what to say and keeps the session open. */
@ApplicationScoped
public class FallbackHandler implements IntentHandler {

    private final VoiceMessages messages;

    public FallbackHandler(VoiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "AMAZON.FallbackIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        return VoiceReply.prompt(messages.fallback(), state);
    }
}
