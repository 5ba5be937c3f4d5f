package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.SearchHit;
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
        assertThat(a.added()).extracting(LibraryTopics.Named::articleId).containsExactly("aplastic-anemia");
        assertThat(a.carried()).isFalse();
    }

    @Test
    void aQuestionThatPointsBackAtAStoryNamingNoLibraryTopicIsAskedWithIt() {
        AskedQuestion a = AskedQuestion.read("my dad had a stroke 10 years ago, could that affect his leukemia",
                Conversation.start(), TOPICS);
        assertThat(a.query()).isEqualTo("my dad had a stroke 10 years ago could that affect his leukemia");
        assertThat(a.added()).isEmpty();
    }

    @Test
    void aQuestionThatPointsBackAtALibraryTopicGetsTheTopic() {
        AskedQuestion a = AskedQuestion.read("last year i had aplastic anemia and was admitted for a week, how do i avoid that",
                Conversation.start(), TOPICS);
        assertThat(a.query()).isEqualTo("how do i avoid that aplastic anemia");
    }

    @Test
    void aQuestionThatNamesItsOwnTopicGetsNoTopicFromTheStory() {
        AskedQuestion a = AskedQuestion.read("my brother has aplastic anemia, what are the types of leukemia",
                Conversation.start(), TOPICS);
        assertThat(a.query()).isEqualTo("what are the types of leukemia");
        assertThat(a.added()).isEmpty();
    }

    @Test
    void anAnswerFromAnotherArticleThanTheStorysTopicIsRefused() {
        AskedQuestion a = AskedQuestion.read("had a transfusion for aplastic anemia, should i worry about the next one",
                Conversation.start(), TOPICS);
        EvidenceGate.Decision elsewhere = new EvidenceGate.Decision(Outcome.ANSWERED, "evidence:sufficient", 0,
                List.of(hit("leukemia")));
        EvidenceGate.Decision onTopic = new EvidenceGate.Decision(Outcome.ANSWERED, "evidence:sufficient", 0,
                List.of(hit("aplastic-anemia")));
        assertThat(a.added()).extracting(LibraryTopics.Named::articleId).containsExactly("aplastic-anemia");
        assertThat(a.onStory(elsewhere).outcome()).isEqualTo(Outcome.NOT_IN_LIBRARY);
        assertThat(a.onStory(elsewhere).rule()).isEqualTo(AskedQuestion.OFF_STORY_TOPIC);
        assertThat(a.onStory(onTopic)).isSameAs(onTopic);
    }

    private static SearchHit hit(String articleId) {
        return new SearchHit(new Passage(articleId + "#0", articleId, articleId, "u", "Overview", null, "text"),
                1f, "", 1.0, true);
    }

    @Test
    void aShortFollowUpCarriesTheConversationsTopicEvenAfterARefusal() {
        Conversation about = Conversation.start().about("leukemia", "Leukemia");
        assertThat(AskedQuestion.read("what are the different types", about, TOPICS))
                .isEqualTo(new AskedQuestion("what are the different types Leukemia", QuestionPart.Kind.QUESTION, List.of(),
                        List.of(), true));
    }

    @Test
    void thanksCarriesNoTopic() {
        assertThat(AskedQuestion.read("thanks", Conversation.start().about("leukemia", "Leukemia"), TOPICS).carried())
                .isFalse();
    }
}
