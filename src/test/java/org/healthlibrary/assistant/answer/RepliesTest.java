package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hi|GREETING", "Hello!|GREETING", "good morning|GREETING", "hey there|GREETING",
            "thanks!|THANKS", "Thank you so much|THANKS", "ok thanks|THANKS", "bye|THANKS",
            "tell me a joke|OTHER", "hi, what's the weather?|OTHER"})
    void smallTalkGetsAFriendlyReply(String message, String kind) {
        DraftBody.Reply.Kind expected = switch (kind) {
            case "GREETING" -> DraftBody.Reply.Kind.GREETING;
            case "THANKS" -> DraftBody.Reply.Kind.THANKS;
            default -> DraftBody.Reply.Kind.OUT_OF_SCOPE;
        };
        assertThat(Replies.outOfScope(message)).isEqualTo(expected);
    }
}
