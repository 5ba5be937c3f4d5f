package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;

/**
 * {@code LabValuesIntent}: the value from the slots is added to the lab values given in this
 * session, and all of them go through the answer pipeline as one message written like a chat
 * message ("hemoglobin 9.5 g/dL, platelets 85000/uL"), so the lab classifier sees the whole
 * picture. A value that was not understood is asked for again.
 */
@ApplicationScoped
public class LabValuesHandler implements IntentHandler {

    private final AnswerService answers;
    private final SpeechComposer composer;
    private final VoiceMessages messages;

    public LabValuesHandler(AnswerService answers, SpeechComposer composer, VoiceMessages messages) {
        this.answers = answers;
        this.composer = composer;
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "LabValuesIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        Optional<LabReading> reading = LabReading.of(intent);
        if (reading.isEmpty()) {
            return VoiceReply.prompt(messages.labAgain(), state);
        }
        SessionState next = state.withLabValue(reading.get().analyte(), reading.get().words());
        AnswerResult result = answers.answer(message(next), next.conversation());
        return VoiceReply.answer(result, next, composer);
    }

    /** The message for the pipeline: every lab value given in the session. */
    static String message(SessionState state) {
        return String.join(", ", state.labValues().values());
    }
}
