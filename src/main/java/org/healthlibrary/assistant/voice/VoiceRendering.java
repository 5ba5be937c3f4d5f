package org.healthlibrary.assistant.voice;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Outcome;
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
    public String spoken(AnswerTrace trace) {
        String answer = trace.answer() == null ? "" : trace.answer();
        Speech speech = composer.speak(answer, trace.outcome(), trace.outcome() == Outcome.EMERGENCY, trace.citations());
        return composer.ssml(speech, speech.sentences().size());
    }
}
