package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a mention of a symptom is read, for the symptom text given in the second column. */
class MentionAnalysisTest {

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            i have chest pain                                         | chest pain      | AFFIRMED
            no chest pain                                             | chest pain      | NEGATED
            i don't have a fever or chest pain                        | chest pain      | NEGATED
            "no fever, chills, or chest pain"                         | chest pain      | NEGATED
            "no fever, chest pain"                                    | chest pain      | AFFIRMED
            "no fever, my chest hurts"                                | chest hurts     | AFFIRMED
            i have no fever and i have chest pain                     | chest pain      | AFFIRMED
            i'm not sure but i think i have chest pain                | chest pain      | AFFIRMED
            i've never had chest pain like this                       | chest pain      | AFFIRMED
            i have never fainted                                      | fainted         | NEGATED
            chest pain: no                                            | chest pain      | NEGATED
            the chest pain is gone                                    | chest pain      | NEGATED
            the chest pain went away but came back                    | chest pain      | AFFIRMED
            i had chest pain last year                                | chest pain      | PAST
            "last year, i had chest pain"                             | chest pain      | PAST
            i had chest pain last year and now it's back              | chest pain      | AFFIRMED
            i used to faint as a teenager                             | faint           | PAST
            after chemo last week i have a fever                      | fever           | AFFIRMED
            i had a fever last week                                   | fever           | PAST
            what should i do if i get a fever on chemo?               | fever           | HYPOTHETICAL
            my doctor told me to call if i have chest pain            | chest pain      | HYPOTHETICAL
            what should i do if my nose won't stop bleeding?          | won't stop      | AFFIRMED
            i'm worried about getting a fever during chemo            | fever           | HYPOTHETICAL
            what causes chest pain?                                   | chest pain      | GENERAL_QUESTION
            can anemia cause shortness of breath?                     | shortness       | GENERAL_QUESTION
            could my anemia cause fainting spells?                    | fainting        | GENERAL_QUESTION
            can anemia cause the chest pain i'm having right now?     | chest pain      | AFFIRMED
            "i have chest pain, is that from my anemia?"              | chest pain      | AFFIRMED
            is this chest pain from my anemia?                        | chest pain      | AFFIRMED
            how do i know if i'm having a stroke?                     | stroke          | AFFIRMED
            how can you tell if someone is having a stroke?           | stroke          | GENERAL_QUESTION
            tell me about neutropenic fever                           | fever           | GENERAL_QUESTION
            chest pain                                                | chest pain      | AFFIRMED
            """)
    void readsMention(String text, String mention, String expected) {
        MentionAnalysis a = new MentionAnalysis(text);
        int start = text.indexOf(mention);
        assertThat(start).as("mention in text").isNotNegative();
        assertThat(a.status(start, start + mention.length())).hasToString(expected);
    }

    @Test
    void longPastIsYearScaleOnly() {
        String text = "i finished chemo five years ago. i had chemo last week";
        MentionAnalysis a = new MentionAnalysis(text);
        int first = text.indexOf("chemo");
        int second = text.lastIndexOf("chemo");
        assertThat(a.longPast(first, first + 5)).isTrue();
        assertThat(a.longPast(second, second + 5)).isFalse();
    }

    @Test
    void sentencesDoNotSplitDecimals() {
        assertThat(org.healthlibrary.assistant.knowledge.Sentences.spans("temp 38.5. anc 0.4? ok")).hasSize(3);
    }
}
