package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import java.util.List;
import org.healthlibrary.assistant.search.IndexNotReadyException;
import org.junit.jupiter.api.Test;

/** The skill's dispatch when the library is not ready: a spoken prompt, never an HTTP error. */
class AlexaSkillTest {

    @Test
    void aQuestionBeforeTheIndexIsOpenGetsTheNotReadyPromptAndKeepsTheSession() {
        IntentHandler notReady = new IntentHandler() {
            @Override
            public String intentName() {
                return "AskQuestionIntent";
            }

            @Override
            public VoiceReply handle(Intent intent, SessionState state) {
                throw new IndexNotReadyException();
            }
        };
        RequestEnvelope envelope = RequestEnvelope.builder()
                .withRequest(IntentRequest.builder().withIntent(Intent.builder().withName("AskQuestionIntent").build())
                        .build())
                .build();

        VoiceReply reply = new AlexaSkill(List.of(notReady), VoiceEnglish.MESSAGES).handle(envelope);

        assertThat(reply.speech()).isEqualTo(Speech.of(VoiceEnglish.MESSAGES.notReady()));
        assertThat(reply.endSession()).isFalse();
        assertThat(VoiceEnglish.MESSAGES.notReady()).contains("911");
    }
}
