package org.healthlibrary.assistant.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.quarkiverse.langchain4j.ChatMemoryRemover;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.healthlibrary.assistant.answer.model.ModelAssistant;
import org.healthlibrary.assistant.answer.model.ModelServer;
import org.healthlibrary.assistant.answer.model.OpenAiReplies;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Model mode on PostgreSQL (the model is a stub): the chat memory of a session lives in the
 * database, so a conversation continues with its memory whichever replica the next message
 * reaches. "Another replica" is a second {@link DatabaseChatMemoryStore} on the same database;
 * this replica forgetting the session (its session cache dropped it) leaves the memory in place.
 */
@QuarkusTest
@TestProfile(ModelMemoryPostgresqlProfile.class)
class ModelMemoryPostgresqlTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST = "Pancytopenia is not the same as leukemia. Ask your healthcare provider.";
    private static final String SECOND = "Pancytopenia can go away when its cause is found and treated. Ask your healthcare provider.";

    @ModelServer.Inject
    WireMockServer server;
    @Inject
    Session session;
    @Inject
    ActiveSession active;
    @Inject
    ModelAssistant assistant;

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    /** A store on the same database, as another replica has. */
    private DatabaseChatMemoryStore otherReplica() {
        return new DatabaseChatMemoryStore(new ExpiringRows(session, active.kind(), ExpiringRows.Table.CONVERSATION_MEMORY,
                Clock.systemUTC()), Duration.ofMinutes(30));
    }

    @Test
    void aTurnAnsweredHereIsInTheDatabaseForTheOtherReplicas() {
        String id = UUID.randomUUID().toString();
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(OpenAiReplies.answer(FIRST))));
        chat("Is pancytopenia leukemia?", id).body("answer", equalTo(FIRST));

        List<ChatMessage> memory = otherReplica().getMessages(id);
        assertThat(memory).hasSize(3);
        assertThat(memory.get(0)).isInstanceOf(SystemMessage.class);
        assertThat(((UserMessage) memory.get(1)).singleText()).contains("Patient's question: Is pancytopenia leukemia?");
        assertThat(memory.get(2)).isEqualTo(AiMessage.from(FIRST));

        ChatMemoryRemover.remove(assistant, id);
        assertThat(otherReplica().getMessages(id)).as("forgotten by this replica, kept for the others").isEqualTo(memory);
    }

    @Test
    void aConversationContinuesWithTheMemoryAnotherReplicaWrote() {
        String id = UUID.randomUUID().toString();
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(OpenAiReplies.answer(FIRST))));
        chat("Is pancytopenia leukemia?", id);
        List<ChatMessage> written = otherReplica().getMessages(id);
        ChatMemoryRemover.remove(assistant, id);
        // the other replica answered a turn in between: its memory now has one more exchange
        List<ChatMessage> continued = new java.util.ArrayList<>(written);
        continued.add(UserMessage.from("Patient's question: Does it run in families?"));
        continued.add(AiMessage.from("Some causes of pancytopenia run in families."));
        otherReplica().updateMessages(id, continued);

        server.resetAll();
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[3]", equalToJson(
                        "{\"role\": \"user\", \"content\": \"Patient's question: Does it run in families?\"}")))
                .withRequestBody(matchingJsonPath("$.messages[4]", equalToJson(
                        "{\"role\": \"assistant\", \"content\": \"Some causes of pancytopenia run in families.\"}")))
                .willReturn(okJson(OpenAiReplies.answer(SECOND))));
        chat("Can it go away?", id).body("answer", equalTo(SECOND));
        assertThat(otherReplica().getMessages(id)).hasSize(7).last().isEqualTo(AiMessage.from(SECOND));
    }

    private static ValidatableResponse chat(String message, String sessionId) {
        String body = JSON.createObjectNode().put("message", message).put("sessionId", sessionId).toString();
        return given().contentType(ContentType.JSON).body(body).when().post("/api/chat").then().statusCode(200);
    }
}
