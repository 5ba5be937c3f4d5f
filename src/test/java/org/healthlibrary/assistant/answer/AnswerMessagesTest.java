package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Pins the exact English text of every message of the answer bundle. */
@QuarkusTest
class AnswerMessagesTest {

    @Inject
    AnswerMessages messages;

    @Test
    void everyMessageInEnglish() {
        assertThat(messages.notInLibrary()).isEqualTo("Our health library does not have information that answers this "
                + "question. Please ask your healthcare provider, who knows your health and can answer it for you. "
                + "You can also ask me about blood counts and blood conditions, such as anemia, low platelets or "
                + "pancytopenia.");
        assertThat(messages.outOfScope()).isEqualTo("I can only answer health questions from our hospital's health "
                + "library, such as questions about blood counts, anemia, low platelets or pancytopenia. "
                + "I can't help with that request.");
        assertThat(messages.greeting()).isEqualTo("Hello! I can answer questions from our hospital's health library "
                + "about blood counts and blood conditions, such as anemia, low platelets or pancytopenia. You can also "
                + "type the numbers from your blood test, and I will explain what they mean.");
        assertThat(messages.thanks()).isEqualTo("You're welcome. If you have another question about blood counts or "
                + "blood conditions, just ask.");
        assertThat(messages.labQuestionsLead())
                .isEqualTo("I need a little more information before I can explain these numbers.");
        assertThat(messages.comparedTopic("Anemia", "Anemia means <few> red cells & more."))
                .isEqualTo("Anemia: Anemia means <few> red cells & more.");
    }
}
