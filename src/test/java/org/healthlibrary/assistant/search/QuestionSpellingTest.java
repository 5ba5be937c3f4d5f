package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing slips in question words are fixed; real words, topic words and short words are not. */
class QuestionSpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "What are the symtpoms of anemia?|What are the symptoms of anemia?",
            "What are the teratments for Thalassemia ?|What are the treatments for Thalassemia ?",
            "What are the treatmnets for ITP?|What are the treatments for ITP?",
            "How to diagonse Coats disease ?|How to diagnose Coats disease ?",
            "Is Coffin-Siris syndrome ihnerited ?|Is Coffin-Siris syndrome inherited ?",
            "Is TARP syndrome inehrited ?|Is TARP syndrome inherited ?",
            "What causes it and what's the prognsis?|What causes it and what's the prognosis?",
            "what is the outlok|what is the outlook",
            "Symtpoms of low platelets|symptoms of low platelets",
            "how do you prevnet it|how do you prevent it",
            "what are the tretment options|what are the treatment options",
            "Is it herediatry?|Is it hereditary?",
            "what is the diagnossis|what is the diagnosis",
    })
    void fixesSlipsInQuestionWords(String typed, String fixed) {
        assertThat(QuestionSpelling.fix(typed)).isEqualTo(fixed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I was resting and felt dizzy",
            "Is this present at birth?",
            "What is serous fluid?",
            "Is it a generic medicine?",
            "hiking made me tired",
            "What are the symptoms of pancytopinia?",
            "Can a cuase be found?",
            "What is the difference between anemia and leukemia?",
            "My therapist said my counts are low",
            "Is a diagnostic test needed?",
    })
    void leavesRealWordsTopicWordsAndShortWordsAlone(String question) {
        assertThat(QuestionSpelling.fix(question)).isSameAs(question);
        assertThat(QuestionSpelling.fix("")).isEmpty();
    }

    @Test
    void everyListedWordIsLongEnoughToBeTouched() {
        assertThat(QuestionSpelling.WORDS).allSatisfy(w -> assertThat(w).hasSizeGreaterThanOrEqualTo(6));
    }
}
