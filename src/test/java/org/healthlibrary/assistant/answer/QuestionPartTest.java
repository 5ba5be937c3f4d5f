package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                .isEqualTo(new QuestionPart("my dad starts chemo on friday", QuestionPart.Kind.STATEMENT, false));
    }

    @Test
    void aQueryWithoutAQuestionWordIsStillAQuestion() {
        assertThat(QuestionPart.of("life expectancy with low risk mds").kind()).isEqualTo(QuestionPart.Kind.QUESTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "if my platelets drop really low will i need a transfusion|if my platelets drop really low will i need a transfusion",
            "if i start bleeding after the bone marrow biopsy how do i stop it|if i start bleeding after the bone marrow biopsy how do i stop it",
            "if i ever get chest pain during a transfusion should i tell the nurse right away|if i ever get chest pain during a transfusion should i tell the nurse right away",
            "in case my son gets a fever at night do we call someone|in case my son gets a fever at night do we call someone",
            "when my counts are low can i still go to the gym|when my counts are low can i still go to the gym",
    })
    void aConditionFollowedByAnAskingVerbIsAQuestion(String message, String question) {
        assertThat(QuestionPart.of(message)).isEqualTo(new QuestionPart(question, QuestionPart.Kind.QUESTION, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what if i pass out at home after my transfusion, who do i call|what if i pass out at home after my transfusion who do i call",
            "if the site bleeds through the bandage, who should i call|if the site bleeds through the bandage who should i call",
    })
    void aConditionClauseStaysWithTheQuestionAfterIt(String message, String question) {
        assertThat(QuestionPart.of(message).question()).isEqualTo(question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "my husband nearly passed out when he saw the needle, anyway how long does a bone marrow biopsy take|anyway how long does a bone marrow biopsy take",
            "long day at the clinic, ok so what is a normal platelet count|ok so what is a normal platelet count",
            "work was awful, btw does chemo lower platelets|btw does chemo lower platelets",
    })
    void aLeadInWordDoesNotHideTheQuestion(String message, String question) {
        assertThat(QuestionPart.of(message)).isEqualTo(new QuestionPart(question, QuestionPart.Kind.QUESTION, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "if only i had known about my anemia sooner",
            "in case you wondered, my dad has anemia",
    })
    void aConditionThatAsksNothingIsStillAStatement(String message) {
        assertThat(QuestionPart.of(message).kind()).isEqualTo(QuestionPart.Kind.STATEMENT);
    }

    @Test
    void aQuestionThatPointsBackKeepsTheClauseItPointsAt() {
        assertThat(QuestionPart.of("my dad had a stroke 10 years ago, could that affect his blood counts?").question())
                .isEqualTo("my dad had a stroke 10 years ago could that affect his blood counts?");
    }

    @Test
    void aWhenClauseThatOnlyDatesTheStoryDoesNotAsk() {
        assertThat(QuestionPart.of("When I was a teenager I tried to kill myself. I'm 45 now and doing well").kind())
                .isEqualTo(QuestionPart.Kind.STATEMENT);
        assertThat(QuestionPart.of("when is a nosebleed bad enough for the ER").kind()).isEqualTo(QuestionPart.Kind.QUESTION);
    }

    @Test
    void aStatementKeepsItsTimes() {
        assertThat(QuestionPart.of("I had a fever last week but it's gone now").question())
                .isEqualTo("I had a fever last week but it's gone now");
    }
}
