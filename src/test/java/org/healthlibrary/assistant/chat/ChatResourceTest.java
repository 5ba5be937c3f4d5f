package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The {@code POST /api/chat} contract: fields, citations, sessions, the disclaimer. */
@QuarkusTest
class ChatResourceTest {

    @Test
    void answersFromThePancytopeniaCommonQuestionsWithCitationAndDisclaimer() {
        given().contentType(ContentType.JSON).body("{\"message\": \"Is pancytopenia leukemia?\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .header("X-Trace-Id", notNullValue())
                .body("sessionId", not(emptyString()))
                .body("outcome", equalTo("ANSWERED"))
                .body("answer", startsWith("Pancytopenia is not the same as leukemia."))
                .body("citations[0].articleId", equalTo("pancytopenia"))
                .body("citations[0].title", equalTo("Pancytopenia"))
                .body("citations[0].section", equalTo("Common questions > Is pancytopenia leukemia?"))
                .body("citations[0].url",
                        equalTo("https://library.example-hospital.org/health/pancytopenia#is-pancytopenia-leukemia"))
                .body("citations[0].snippet", startsWith("Pancytopenia is not the same as leukemia."))
                .body("cbc", nullValue())
                .body("emergency", equalTo(false))
                .body("disclaimer", containsString("healthcare provider"));
    }

    @Test
    void aComparisonOfTwoTopicsNoPassageComparesIsAnsweredFromBothOverviews() {
        given().contentType(ContentType.JSON).body("{\"message\": \"What is the difference between anemia and leukemia?\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("ANSWERED"))
                .body("answer", startsWith("Anemia: "))
                .body("answer", containsString(" Leukemia: "))
                .body("citations", hasSize(2))
                .body("citations[0].section", equalTo("Overview"))
                .body("citations[0].articleId", equalTo("anemia"))
                .body("citations[1].section", equalTo("Overview"))
                .body("citations[1].articleId", equalTo("leukemia"));
    }

    @Test
    void aComparisonThatAnArticleAnswersKeepsThatArticlesQuestion() {
        given().contentType(ContentType.JSON)
                .body("{\"message\": \"What is the difference between aplastic anemia and pancytopenia?\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("ANSWERED"))
                .body("citations[0].section",
                        equalTo("Common questions > What is the difference between aplastic anemia and pancytopenia?"));
    }

    @Test
    void answerIsComposedFromSentencesNotTheWholeSection() {
        String answer = given().contentType(ContentType.JSON).body("{\"message\": \"what are the symptoms of pancytopenia\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("ANSWERED"))
                .body("citations[0].section", equalTo("Symptoms"))
                .extract().path("answer");
        org.assertj.core.api.Assertions.assertThat(answer.split("\\s+").length).isBetween(8, 110);
        org.assertj.core.api.Assertions.assertThat(answer).doesNotContain("\n").doesNotContain("](");
    }

    @Test
    void sessionIdIsKeptAndAFollowUpUsesTheLastTopic() {
        String session = given().contentType(ContentType.JSON).body("{\"message\": \"What is pancytopenia?\"}")
                .when().post("/api/chat")
                .then().statusCode(200).body("citations[0].articleId", equalTo("pancytopenia"))
                .extract().path("sessionId");
        given().contentType(ContentType.JSON)
                .body("{\"message\": \"Can it go away?\", \"sessionId\": \"" + session + "\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("sessionId", equalTo(session))
                .body("outcome", equalTo("ANSWERED"))
                .body("citations[0].section", equalTo("Common questions > Can pancytopenia go away?"));
    }

    @Test
    void aClientChosenSessionIdIsAccepted() {
        given().contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\", \"sessionId\": \"web-42_a.b\"}")
                .when().post("/api/chat")
                .then().statusCode(200).body("sessionId", equalTo("web-42_a.b"));
    }

    @Test
    void searchReturnsHighlightedHits() {
        given().queryParam("q", "low platelets").queryParam("limit", 3)
                .when().get("/api/search")
                .then().statusCode(200)
                .body("hits", hasSize(3))
                .body("hits[0].articleId", equalTo("thrombocytopenia"))
                .body("hits[0].snippet", containsString("<b>"))
                .body("hits[0].score", notNullValue());
    }

    @Test
    void articlesAreListed() {
        given().when().get("/api/articles")
                .then().statusCode(200)
                .body("articles.id", org.hamcrest.Matchers.hasItems("pancytopenia", "complete-blood-count", "anemia",
                        "thrombocytopenia", "neutropenia", "leukemia"))
                .body("articles.find { it.id == 'pancytopenia' }.reviewed", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .body("skipped", hasSize(0));
    }

    @Test
    void readinessIsUpOnceTheIndexIsOpen() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }
}
