package org.healthlibrary.assistant.voice;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.SpokenRendering;

/**
 * The voice channel's rendering of an answer, for the staff console's "test an answer": the same
 * {@link SpeechComposer} speech and SSML a voice assistant receives (all answer sentences, the
 * source and the spoken disclaimer). Stateless, thread-safe.
 */
@ApplicationScoped
public class VoiceRendering implements SpokenRendering {

    private final SpeechComposer composer;

    public VoiceRendering(SpeechComposer composer) {
        this.composer = composer;
    }

    @Override
    public String spoken(AnswerResult result) {
        Speech speech = composer.speak(result);
        return composer.ssml(speech, speech.sentences().size());
    }
}
