package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code AMAZON.StopIntent}: says goodbye and ends the session. */
@ApplicationScoped
public class StopHandler implements IntentHandler {

    private final VoiceMessages messages;

    public StopHandler(VoiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "AMAZON.StopIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        return VoiceReply.farewell(messages.goodbye());
    }
}
