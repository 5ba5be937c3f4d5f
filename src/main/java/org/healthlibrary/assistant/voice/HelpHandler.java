package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code AMAZON.HelpIntent}: says what the skill can do and keeps the session open. */
@ApplicationScoped
public class HelpHandler implements IntentHandler {

    private final VoiceMessages messages;

    public HelpHandler(VoiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "AMAZON.HelpIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        return VoiceReply.prompt(messages.help(), state);
    }
}
