package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionPartTest {

    @Test
    void theAskingClauseIsReadWithoutTheStoryBeforeIt() {
        QuestionPart p = QuestionPart.of(
                "the nurse called, my counts came back weird and im freaking out, what does low neutrophils even mean");
        assertThat(p).isEqualTo(new QuestionPart("what does low neutrophils even mean", QuestionPart.Kind.QUESTION, true));
    }

    @Test
    void aQuestionTooShortToNameItsSubjectKeepsTheClauseBeforeIt() {
        assertThat(QuestionPart.of("dad in hospital with pancytopenia and dr wants a bone marrow test, why").question())
                .isEqualTo("dad in hospital with pancytopenia and dr wants a bone marrow test why");
    }

    @Test
    void datesAndTimesThatOnlyPlaceTheStoryAreDropped() {
        assertThat(QuestionPart.of("do i need to fast for a cbc tomorrow morning"))
                .isEqualTo(new QuestionPart("do i need to fast for a cbc", QuestionPart.Kind.QUESTION, false));
    }

    @Test
    void aMessageThatTellsAndAsksNothingIsAStatement() {
        assertThat(QuestionPart.of("my dad starts chemo on friday"))
                .isEqualTo(new QuestionPart("my dad starts chemo", QuestionPart.Kind.STATEMENT, false));
    }

    @Test
    void aQueryWithoutAQuestionWordIsStillAQuestion() {
        assertThat(QuestionPart.of("life expectancy with low risk mds").kind()).isEqualTo(QuestionPart.Kind.QUESTION);
    }
}
