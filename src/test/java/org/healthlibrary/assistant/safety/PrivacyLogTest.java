package org.healthlibrary.assistant.safety;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Captures every log record at INFO or above during a full conversation (questions, lab
 * values, an emergency, bad input) and fails if any of the message text or lab values appears.
 */
@QuarkusTest
class PrivacyLogTest {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.INFO.intValue()) {
                return;
            }
            String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : formatter.formatMessage(record);
            lines.add(text + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void attach() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void detach() {
        Logger.getLogger("").removeHandler(capture);
    }

    private static void chat(String message, String session) {
        given().contentType(ContentType.JSON)
                .body("{\"message\": \"" + message + "\", \"sessionId\": \"" + session + "\"}")
                .when().post("/api/chat");
    }

    @Test
    void aFullConversationLeavesNoPatientTextInTheLogs() {
        // The bare value "7.3" is not searched for: a request's duration ("7.3 ms") may print it.
        List<String> secrets = List.of("Zebrafinch", "grandmother Philomena", "hemoglobin is 7.3", "7.3 and platelets", "98765",
                "crushing chest pain", "lymphoma worries");
        String session = "privacy-test";
        chat("My grandmother Philomena has pancytopenia, is it serious? Zebrafinch", session);
        chat("my hemoglobin is 7.3 and platelets 98765", session);
        chat("I have lymphoma worries and crushing chest pain", session);
        chat("Zebrafinch " + "x".repeat(2100), session);
        given().contentType(ContentType.JSON).body("{\"text\": \"hemoglobin is 7.3 Zebrafinch\"}").when().post("/api/cbc");
        given().contentType(ContentType.JSON).body("{\"message\": \"Zebrafinch").when().post("/api/chat");
        given().queryParam("q", "Zebrafinch").when().get("/api/search");

        assertThat(lines).as("request log lines were written").anyMatch(l -> l.contains("/api/chat"));
        for (String secret : secrets) {
            assertThat(lines).as("logs must not contain '%s'", secret).noneMatch(l -> l.contains(secret));
        }
    }
}
