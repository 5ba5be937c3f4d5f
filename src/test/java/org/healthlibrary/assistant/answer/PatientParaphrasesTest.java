package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions worded the way patients word them, none of them in the library's own headings or
 * the tuned question set: each is answered from the expected article (and, where one section
 * is clearly the answer, that section), or, when the library has nothing on it, is said to be
 * not in the library. Written from probing the service, so they pin what was fixed: topic
 * comparisons, "cure", "risks", MCV, tiredness, slips in question words.
 */
@QuarkusTest
class PatientParaphrasesTest {

    @Inject
    AnswerService answers;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "can low b12 cause pancytopenia|pancytopenia|Common questions > What causes pancytopenia?",
            "what does a high mcv mean|complete-blood-count|Common questions > What does MCV mean on a CBC?",
            "can pancytopenia be cured|pancytopenia|Treatment",
            "what are the risks of a blood transfusion|blood-transfusion|Common questions > Is a blood transfusion safe?",
            "why does anemia make you tired|anemia|Symptoms",
            "why am i tired with anemia|anemia|Symptoms",
            "what helps with anemia fatigue|anemia|Symptoms",
            "what is the difference between anemia and leukemia|anemia|Overview",
            "what is the difference between neutropenia and leukopenia|leukopenia|Common questions > What is the difference between leukopenia and neutropenia?",
            "what are the symtpoms of thrombocytopenia|thrombocytopenia|Symptoms",
            "how is aplasitc anemia treatd|aplastic-anemia|Treatment",
            "is leukemia hereditary|leukemia|Common questions > Is leukemia hereditary?",
            "how long does it take to recover from neutropenia|neutropenia|Outlook",
            "how do they test for b12 deficiency|vitamin-b12-folate-deficiency|Diagnosis and tests",
            "does chemo cause low platelets|chemotherapy-blood-counts|Causes",
            "is mds cancer|myelodysplastic-syndromes|Common questions > Is MDS a type of cancer?",
            "can an enlarged spleen cause low platelets|enlarged-spleen|Common questions > How can an enlarged spleen cause low blood counts?",
            "does a bone marrow biopsy hurt|bone-marrow-biopsy|Common questions > Does a bone marrow biopsy hurt?",
            "what foods have iron|anemia|Common questions > What foods help with anemia?",
            "how do i get my platelets up|thrombocytopenia|Treatment",
            "how can i raise my white blood cell count|leukopenia|Treatment",
            "does chemo increase my risk of infection|chemotherapy-blood-counts|-",
    })
    void isAnsweredFromTheExpectedArticle(String question, String articleId, String section) {
        AnswerResult r = answers.answer(question, Conversation.start());
        assertThat(r.outcome()).as(question).isEqualTo(Outcome.ANSWERED);
        assertThat(r.citations().getFirst().articleId()).as(question).isEqualTo(articleId);
        if (section != null) {
            assertThat(r.citations().getFirst().section()).as(question).isEqualTo(section);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can stress cause low white blood cells",
            "what should I eat if I have low platelets",
            "can I exercise with anemia",
    })
    void whatTheLibraryDoesNotCoverIsSaidToBeNotInIt(String question) {
        assertThat(answers.answer(question, Conversation.start()).outcome()).as(question).isEqualTo(Outcome.NOT_IN_LIBRARY);
    }
}
