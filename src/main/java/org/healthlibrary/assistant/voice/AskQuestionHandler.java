package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;

/**
 * {@code AskQuestionIntent}: the {@code question} slot (AMAZON.SearchQuery, the words as said,
 * e.g. "my platelets are eighty five thousand") goes through the same pipeline as a chat
 * message: safety screen, retrieval, lab classifier. No question: ask for one.
 */
@ApplicationScoped
public class AskQuestionHandler implements IntentHandler {

    /** Chat's limit on a message; a spoken question is far shorter. */
    static final int MAX_CHARS = 2000;

    private final AnswerService answers;
    private final SpeechComposer composer;
    private final VoiceMessages messages;

    public AskQuestionHandler(AnswerService answers, SpeechComposer composer, VoiceMessages messages) {
        this.answers = answers;
        this.composer = composer;
        this.messages = messages;
    }

    @Override
    public String intentName() {
        return "AskQuestionIntent";
    }

    @Override
    public VoiceReply handle(Intent intent, SessionState state) {
        var question = Slots.value(intent, "question");
        if (question.isEmpty()) {
            return VoiceReply.prompt(messages.askAgain(), state);
        }
        String text = question.get();
        AnswerResult result = answers.answer(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text,
                state.conversation());
        return VoiceReply.answer(result, state, composer);
    }
}
