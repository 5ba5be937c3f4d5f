package org.healthlibrary.assistant.voice;

import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.Citation;

/**
 * What the skill decided to say for one request, before rendering ({@link AlexaResponses}).
 * Immutable.
 *
 * @param speech     what to say, or {@code null} for no speech (a session that ended)
 * @param card       the article for the card, or {@code null}
 * @param endSession true to close the session (no reprompt)
 * @param state      the session state to carry to the next turn
 * @param result     the pipeline's result when the pipeline ran, else {@code null}
 */
public record VoiceReply(Speech speech, Citation card, boolean endSession, SessionState state, AnswerResult result) {

    /** No speech, for a request that needs no answer (the session already ended). */
    static VoiceReply silent() {
        return new VoiceReply(null, null, true, SessionState.start(), null);
    }

    /** Fixed wording that keeps the session open. */
    static VoiceReply prompt(String text, SessionState state) {
        return new VoiceReply(Speech.of(text), null, false, state, null);
    }

    /** Fixed wording that ends the session. */
    static VoiceReply farewell(String text) {
        return new VoiceReply(Speech.of(text), null, true, SessionState.start(), null);
    }

    /** The spoken answer to a pipeline result; emergencies end the session. */
    static VoiceReply answer(AnswerResult result, SessionState state, SpeechComposer composer) {
        boolean emergency = SpeechComposer.isEmergency(result);
        return new VoiceReply(composer.speak(result), SpeechComposer.cardSource(result), emergency,
                state.with(result.conversation()), result);
    }
}
