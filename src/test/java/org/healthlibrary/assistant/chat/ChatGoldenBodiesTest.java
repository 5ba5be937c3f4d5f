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
 *
 * <p>What a patient is told about safety is pinned exactly on every machine: the outcome, the
 * emergency flag, the lab report and the disclaimer of every body. The wording of a library
 * answer (its text, citations, suggestions) may drift on a few bodies from one CPU to another:
 * the quantized embedding models run other integer kernels on other CPUs (AVX-512 VNNI or AVX2),
 * so passage and question vectors differ in the fifth decimal, enough to swap two passages whose
 * scores tie that closely (measured: 9 of 3,127 bodies on an AVX-512 machine against a recording
 * made on another). So up to {@link #WORDING_DRIFT} such bodies are printed, not failed; more
 * than that is a real change.
 */
@QuarkusTest
class ChatGoldenBodiesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/chat-bodies.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Library answers whose wording alone may differ on another CPU (about 0.5% of the bodies). */
    static final int WORDING_DRIFT = 16;
    /** The fields that must match on every machine. */
    private static final List<String> EXACT = List.of("outcome", "emergency", "cbc", "disclaimer");

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
        List<String> drifted = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), lines.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<none>";
            String got = i < lines.size() ? lines.get(i) : "<none>";
            if (!want.equals(got)) {
                String diff = "line " + (i + 1) + "\n  golden: " + want + "\n  now:    " + got;
                (wordingOnly(want, got) ? drifted : changed).add(diff);
            }
        }
        drifted.forEach(d -> System.out.println("Wording drift (allowed up to " + WORDING_DRIFT + "): " + d));
        assertThat(changed).as("bodies that differ from %s beyond a library answer's wording", GOLDEN).isEmpty();
        assertThat(drifted).as("library answers whose wording differs from %s (more than a CPU's drift)", GOLDEN)
                .hasSizeLessThanOrEqualTo(WORDING_DRIFT);
    }

    /** True when two lines are the same message with bodies that agree on every {@link #EXACT} field. */
    static boolean wordingOnly(String want, String got) throws IOException {
        if (want.equals("<none>") || got.equals("<none>")) {
            return false;
        }
        JsonNode a = JSON.readTree(want);
        JsonNode b = JSON.readTree(got);
        if (!a.path("message").equals(b.path("message"))) {
            return false;
        }
        for (String field : EXACT) {
            if (!a.path("body").path(field).equals(b.path("body").path(field))) {
                return false;
            }
        }
        return true;
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
