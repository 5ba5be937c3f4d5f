package org.healthlibrary.assistant.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The evidence gate both ways: in-library questions are answered; others are not given the nearest passage. */
@QuarkusTest
class EvidenceGateTest {

    @ParameterizedTest
    @ValueSource(strings = {"What is sickle cell disease?", "How is type 2 diabetes treated?",
            "What are the symptoms of a heart attack?", "Is psoriasis contagious?", "What causes migraines?",
            "How do I lower my cholesterol?", "What is hemophilia?", "Is lyme disease curable?"})
    void healthQuestionsTheLibraryDoesNotCoverAreNotInLibrary(String question) {
        given().contentType(ContentType.JSON).body("{\"message\": \"" + question + "\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("NOT_IN_LIBRARY"))
                .body("answer", containsString("healthcare provider"))
                .body("citations", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What's the capital of France?", "Tell me a joke", "How do I reset my password?",
            "Who won the football game last night?", "Write me a poem about cats"})
    void nonHealthMessagesAreOutOfScope(String message) {
        given().contentType(ContentType.JSON).body("{\"message\": \"" + message + "\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("OUT_OF_SCOPE"))
                .body("citations", hasSize(0))
                .body("disclaimer", containsString("healthcare provider"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Is pancytopenia serious?|pancytopenia",
            "what does thrombocytopina mean|thrombocytopenia",
            "what is leukaemia|leukemia",
            "I have low white cells, what does that mean?|leukopenia",
            "what is a bone marrow biopsy|bone-marrow-biopsy"})
    void questionsTheLibraryAnswersAreAnswered(String question, String article) {
        given().contentType(ContentType.JSON).body("{\"message\": \"" + question + "\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("ANSWERED"))
                .body("citations[0].articleId", equalTo(article));
    }
}
