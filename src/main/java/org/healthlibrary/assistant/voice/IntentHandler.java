package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;

/**
 * Handles one intent of the skill's interaction model. Every implementation is a CDI bean and
 * is found by {@link AlexaSkill}; each intent has exactly one handler (checked at start-up and
 * against {@code deploy/alexa} by a test). Implementations must be thread-safe.
 */
public interface IntentHandler {

    /** The intent's name in the interaction model, e.g. {@code AskQuestionIntent} or {@code AMAZON.HelpIntent}. */
    String intentName();

    /** The reply to the intent in the given session state. */
    VoiceReply handle(Intent intent, SessionState state);
}
