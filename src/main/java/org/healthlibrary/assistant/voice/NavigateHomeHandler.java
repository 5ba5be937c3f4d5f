package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code AMAZON.NavigateHomeIntent}: back to the start (Alexa requires this intent in every model). */
@ApplicationScoped
public class NavigateHomeHandler implements IntentHandler {

    @Override
    public String intentName() {
        return "AMAZON.NavigateHomeIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        return VoiceReply.prompt(Prompts.WELCOME, state);
    }
}
