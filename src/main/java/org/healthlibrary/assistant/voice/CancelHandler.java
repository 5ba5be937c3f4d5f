package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code AMAZON.CancelIntent}: says goodbye and ends the session. */
@ApplicationScoped
public class CancelHandler implements IntentHandler {

    private final VoiceMessages messages;

    public CancelHandler(VoiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "AMAZON.CancelIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        return VoiceReply.farewell(messages.goodbye());
    }
}
