package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code AMAZON.NavigateHomeIntent}: back to the start (Alexa requires this intent in every model). */
@ApplicationScoped
public class NavigateHomeHandler implements IntentHandler {

    private final VoiceMessages messages;

    public NavigateHomeHandler(VoiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "AMAZON.NavigateHomeIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        return VoiceReply.prompt(messages.welcome(), state);
    }
}
