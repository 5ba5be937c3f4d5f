package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pins every {@code /api/chat} body (less the random {@code sessionId}) for the shipped-library
 * question set, the patient paraphrases and the labelled safety set against
 * {@code golden/chat-bodies.jsonl}, so a refactoring that should not change what patients read
 * shows any change it does make. An intended change is recorded again with
 * {@code ./mvnw verify -Dtest=ChatGoldenBodiesTest -Dgolden.record=true} and the diff is reviewed.
 */
@QuarkusTest
class ChatGoldenBodiesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/chat-bodies.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBodyMatchesTheGoldenFile() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String message : messages()) {
            String body = given().contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(java.util.Map.of("message", message)))
                    .when().post("/api/chat").then().extract().asString();
            ObjectNode line = JSON.createObjectNode();
            line.put("message", message);
            JsonNode parsed = JSON.readTree(body);
            if (parsed instanceof ObjectNode o) {
                o.remove("sessionId");
            }
            line.set("body", parsed);
            lines.add(JSON.writeValueAsString(line));
        }
        if (Boolean.getBoolean("golden.record")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), lines.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<none>";
            String got = i < lines.size() ? lines.get(i) : "<none>";
            if (!want.equals(got)) {
                changed.add("line " + (i + 1) + "\n  golden: " + want + "\n  now:    " + got);
            }
        }
        assertThat(changed).as("bodies that differ from %s", GOLDEN).isEmpty();
    }

    /** The shipped-library questions, the paraphrases pinned in PatientParaphrasesTest, the safety set. */
    static List<String> messages() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : resource("/questions/shipped-library.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", 2)[0]);
            }
        }
        String paraphrases = Files.readString(
                Path.of("src/test/java/org/healthlibrary/assistant/answer/PatientParaphrasesTest.java"));
        Matcher m = Pattern.compile("^\\s+\"([^\"|]+)(?:\\|[^\"]*)?\",?$", Pattern.MULTILINE).matcher(paraphrases);
        while (m.find()) {
            out.add(m.group(1));
        }
        for (String line : resource("/safety/labelled-messages.jsonl").split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line).get("text").asText());
            }
        }
        return List.copyOf(out);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChatGoldenBodiesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
