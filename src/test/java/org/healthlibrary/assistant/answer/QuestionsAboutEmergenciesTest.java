package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions ABOUT emergencies (issue 16): when a sign is bad enough for the ER, what a warning
 * sign means, what happens past a count, questions opening with a negation or an idiom, and
 * conditional questions ("if ..., who do I call"). None is an emergency itself, and the library
 * answers each; they were refused. Written as families of new wordings per pattern, none of
 * them the examples except the first of each family: each is answered (not refused,
 * not sent to the emergency script) from the expected article and section.
 */
@QuarkusTest
class QuestionsAboutEmergenciesTest {

    @Inject
    AnswerService answers;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // when is a sign bad enough for the ER
            "when is a nosebleed bad enough for the ER during chemo?|bruising-and-bleeding|Common questions > When is bleeding an emergency?",
            "when should i go to the hospital for a fever on chemo|chemotherapy-blood-counts|Common questions > Why is a fever during chemotherapy an emergency?",
            // what a warning sign means
            "what makes stool turn black?|bruising-and-bleeding|Common questions > When is bleeding an emergency?",
            // a count past a limit
            "what happens if platelets go under 10?|thrombocytopenia|Common questions > What platelet count is too low?",
            "is a platelet count under 20 dangerous|thrombocytopenia|Common questions > What platelet count is too low?",
            "what happens if my hemoglobin drops below 7|anemia|Common questions > What hemoglobin level is anemia?",
            // opening with a negation or an idiom
            "no fever, but why do my gums bleed?|bruising-and-bleeding|Common questions > Why do I bruise so easily?",
            "this is killing me, what's a normal white count?|leukopenia|Overview",
            "not bleeding or anything, but when do bruises mean something serious?|bruising-and-bleeding|When to call your provider",
            "this is driving me crazy, why do i bruise so easily|bruising-and-bleeding|Common questions > Why do I bruise so easily?",
            // a condition, then the question
            "what if i pass out at home after my transfusion, who do i call|blood-transfusion|When to call your provider",
            "if i start bleeding after the bone marrow biopsy how do i stop it|bone-marrow-biopsy|When to call your provider",
            "if i ever get chest pain during a transfusion should i tell the nurse right away|blood-transfusion|When to call your provider",
    })
    void isAnsweredFromTheLibrary(String question, String articleId, String section) {
        AnswerResult r = answers.answer(question, Conversation.start());
        assertThat(r.outcome()).as(question).isEqualTo(Outcome.ANSWERED);
        assertThat(r.citations().getFirst().articleId()).as(question).isEqualTo(articleId);
        assertThat(r.citations().getFirst().section()).as(question).isEqualTo(section);
    }
}
