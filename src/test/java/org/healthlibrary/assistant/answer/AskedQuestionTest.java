package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.junit.jupiter.api.Test;

class AskedQuestionTest {

    private static final LibraryTopics TOPICS = LibraryTopics.of(new Library(List.of(
            new Article("aplastic-anemia", "Aplastic Anemia", "u", null, "", List.of(), List.of(), List.of(), "b"),
            new Article("leukemia", "Leukemia", "u", null, "", List.of(), List.of(), List.of(), "b")), List.of(), "h"));

    @Test
    void theTopicTheStoryNamesIsAddedToTheQuestion() {
        AskedQuestion a = AskedQuestion.read("my son is 19 and just got diagnosed with aplastic anemia, is he going to die",
                Conversation.start(), TOPICS);
        assertThat(a.query()).isEqualTo("is he going to die aplastic anemia");
        assertThat(a.carried()).isFalse();
    }

    @Test
    void aShortFollowUpCarriesTheConversationsTopicEvenAfterARefusal() {
        Conversation about = Conversation.start().about("leukemia", "Leukemia");
        assertThat(AskedQuestion.read("what are the different types", about, TOPICS))
                .isEqualTo(new AskedQuestion("what are the different types Leukemia", QuestionPart.Kind.QUESTION, List.of(),
                        true));
    }

    @Test
    void thanksCarriesNoTopic() {
        assertThat(AskedQuestion.read("thanks", Conversation.start().about("leukemia", "Leukemia"), TOPICS).carried())
                .isFalse();
    }
}
