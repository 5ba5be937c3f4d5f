package org.healthlibrary.assistant.voice;

import org.healthlibrary.assistant.EnglishBundle;
import org.healthlibrary.assistant.safety.SafetyEnglish;

/**
 * The {@code voice} bundle's English defaults and the speech classes built on them, for plain
 * tests (no Quarkus); {@code VoiceMessagesTest} pins the texts against the generated bundle.
 */
final class VoiceEnglish {

    static final VoiceMessages MESSAGES = EnglishBundle.of(VoiceMessages.class);
    static final SpeechComposer COMPOSER = new SpeechComposer(MESSAGES, SafetyEnglish.MESSAGES);
    static final AlexaResponses RESPONSES = new AlexaResponses(COMPOSER, MESSAGES, SafetyEnglish.MESSAGES);

    private VoiceEnglish() {
    }
}
