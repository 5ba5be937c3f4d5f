package org.healthlibrary.assistant.voice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.answer.PublishedTraces;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/alexa} end to end, with verification on as in production: real-shaped
 * request bodies for every request and intent type, signed at test time with the test PKI;
 * every rejection is a 400 before the pipeline runs; every response within Alexa's limits and
 * ending with the spoken disclaimer.
 */
@QuarkusTest
@TestProfile(VerifiedAlexaProfile.class)
class AlexaResourceTest {

    private static final String SPOKEN_END = SafetyEnglish.DISCLAIMER_SPOKEN + "</speak>";

    @Inject
    PublishedTraces traces;

    // --- every request and intent type -------------------------------------------------------

    @Test
    void launchGreetsAndKeepsTheSessionOpen() {
        JsonPath r = ok(AlexaRequestBodies.of("launch").with("sessionNew", "true"));
        assertThat(ssml(r)).startsWith("<speak>Welcome to the health library.").endsWith(SPOKEN_END);
        assertOpen(r);
        assertThat(r.getMap("response")).doesNotContainKey("card");
    }

    @Test
    void aQuestionIsAnsweredFromTheLibraryWithItsSourceCardAndDisclaimer() {
        Response response = send(ask("Is pancytopenia leukemia?"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Outcome")).isEqualTo("ANSWERED");
        assertThat(response.header("X-Trace-Id")).isNotBlank();
        JsonPath r = checked(response);
        assertThat(ssml(r)).startsWith("<speak>Pancytopenia is not the same as leukemia.")
                .contains("This is from our health library article, Pancytopenia.")
                .doesNotContain("http", "[1]").endsWith(SPOKEN_END);
        assertThat(r.getString("response.card.type")).isEqualTo("Simple");
        assertThat(r.getString("response.card.title")).isEqualTo("Pancytopenia");
        assertThat(r.getString("response.card.content")).isEqualTo("Read the article: "
                + "https://library.example-hospital.org/health/pancytopenia#is-pancytopenia-leukemia\n\n" + SafetyEnglish.DISCLAIMER);
        assertThat(r.getString("sessionAttributes.conversation.lastArticleId")).isEqualTo("pancytopenia");
        assertOpen(r);
    }

    @Test
    void aFollowUpUsesTheTopicCarriedInTheSessionAttributes() {
        JsonPath first = ok(ask("What is pancytopenia?"));
        JsonPath second = ok(ask("Can it go away?").attributes(toJson(first.getMap("sessionAttributes"))));
        assertThat(second.getString("response.card.content"))
                .contains("https://library.example-hospital.org/health/pancytopenia#can-pancytopenia-go-away");
        assertThat(ssml(second)).endsWith(SPOKEN_END);
    }

    @Test
    void anEmptyQuestionIsAskedFor() {
        JsonPath r = ok(AlexaRequestBodies.of("ask-question-empty"));
        assertThat(ssml(r)).startsWith("<speak>" + SpokenText.escapeXml(VoiceEnglish.MESSAGES.askAgain().substring(0, 20)));
        assertOpen(r);
    }

    @Test
    void labValuesSaidInWordsGoThroughTheSamePipelineAsChat() {
        Response response = send(ask("my platelets are eighty five thousand"));
        JsonPath r = checked(response);
        assertThat(ssml(r)).endsWith(SPOKEN_END);
        assertOpen(r);
        assertThat(response.header("X-Outcome")).isEqualTo("LAB_RESULT");
        assertThat(ssml(r).toLowerCase()).contains("platelet");
    }

    @Test
    void labValuesIntentSlotsAreWrittenAsChatWouldAndAccumulateInTheSession() {
        JsonPath first = ok(lab("platelets", "PLATELETS", "85000", "per microliter", "PER_UL"));
        assertThat(first.getMap("sessionAttributes.labValues")).isEqualTo(Map.of("platelets", "platelets 85000/uL"));
        assertThat(ssml(first)).endsWith(SPOKEN_END);
        assertOpen(first);

        JsonPath second = ok(lab("hemoglobin", "HEMOGLOBIN", "9", "grams per deciliter", "G_PER_DL")
                .attributes(toJson(first.getMap("sessionAttributes"))));
        assertThat(second.getMap("sessionAttributes.labValues")).containsExactly(
                Map.entry("platelets", "platelets 85000/uL"), Map.entry("hemoglobin", "hemoglobin 9 g/dL"));
        assertThat(LabValuesHandler.message(SessionState.start().withLabValue("platelets", "platelets 85000/uL")
                .withLabValue("hemoglobin", "hemoglobin 9 g/dL"))).isEqualTo("platelets 85000/uL, hemoglobin 9 g/dL");
    }

    @Test
    void aLabValueAlexaDidNotCatchIsAskedForAgain() {
        JsonPath r = ok(lab("platelets", "PLATELETS", "?", "per microliter", "PER_UL"));
        assertThat(ssml(r)).startsWith("<speak>I didn&apos;t catch that lab value.");
        assertOpen(r);
    }

    @Test
    void helpFallbackAndNavigateHomeKeepTheSessionOpen() {
        assertThat(ssml(open("help"))).startsWith("<speak>I answer questions from our hospital&apos;s health library");
        assertThat(ssml(open("fallback"))).startsWith("<speak>Sorry, I didn&apos;t get that.");
        assertThat(ssml(open("navigate-home"))).startsWith("<speak>Welcome to the health library.");
    }

    @Test
    void stopAndCancelSayGoodbyeAndEndTheSession() {
        for (String intent : new String[] {"stop", "cancel"}) {
            JsonPath r = ok(AlexaRequestBodies.of(intent));
            assertThat(ssml(r)).as(intent).isEqualTo("<speak>Goodbye, and take care. <break strength=\"medium\"/>"
                    + SPOKEN_END);
            assertThat(r.getBoolean("response.shouldEndSession")).isTrue();
            assertThat(r.getMap("response")).doesNotContainKey("reprompt");
        }
    }

    @Test
    void anIntentTheSkillDoesNotKnowGetsTheFallbackReply() {
        JsonPath r = ok(AlexaRequestBodies.of("other-intent").with("intent", "AMAZON.PauseIntent"));
        assertThat(ssml(r)).startsWith("<speak>Sorry, I didn&apos;t get that.");
    }

    @Test
    void sessionEndedGetsAnEmptyResponse() {
        JsonPath r = ok(AlexaRequestBodies.of("session-ended"));
        assertThat(r.getString("version")).isEqualTo("1.0");
        assertThat(r.getMap("response")).isEmpty();
    }

    @Test
    void anEmergencyIsSpokenFirstAndPlainlyAndEndsTheSession() {
        Response response = send(ask("I have crushing chest pain and can't breathe"));
        JsonPath r = checked(response);
        assertThat(ssml(r)).endsWith(SPOKEN_END);
        assertThat(response.header("X-Outcome")).isEqualTo("EMERGENCY");
        String ssml = ssml(r);
        String firstTwoSentences = String.join(" ", SpokenText.sentences(ssml.substring("<speak>".length()))
                .subList(0, 2));
        assertThat(firstTwoSentences).contains("911");
        assertThat(ssml).doesNotContain("This is from our health library article");
        assertThat(r.getBoolean("response.shouldEndSession")).isTrue();
        assertThat(r.getMap("response")).doesNotContainKeys("reprompt", "card");
    }

    // --- verification: rejected with 400 before anything runs --------------------------------

    @Test
    void anUnsignedRequestIsRejected() {
        byte[] body = ask("What is anemia?").bytes();
        rejected(() -> given().contentType("application/json; charset=utf-8").body(body).post("/api/alexa"),
                "missing_signature");
    }

    @Test
    void aBadSignatureIsRejected() {
        byte[] body = ask("What is anemia?").bytes();
        String signature = AlexaRequestBodies.sign(body, TestPki.shared().signingKey());
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("anemia", "leukemia").getBytes(StandardCharsets.UTF_8);
        rejected(() -> post(changed, signature, TestPki.url(TestPki.VALID)), "invalid_signature");
    }

    @Test
    void aBadCertificateChainUrlIsRejected() {
        byte[] body = ask("What is anemia?").bytes();
        String signature = AlexaRequestBodies.sign(body, TestPki.shared().signingKey());
        rejected(() -> post(body, signature, "https://s3.amazonaws.com/not.echo.api/" + TestPki.VALID), "invalid_certificate_url");
        rejected(() -> post(body, signature, "https://s3.amazonaws.com:8443/echo.api/" + TestPki.VALID), "invalid_certificate_url");
    }

    @Test
    void expiredWrongOrUntrustedCertificatesAreRejected() {
        rejected(() -> signed(ask("What is anemia?"), TestPki.shared().key("expired"), TestPki.EXPIRED), "invalid_certificate");
        rejected(() -> signed(ask("What is anemia?"), TestPki.shared().key("wrongname"), TestPki.WRONG_NAME), "invalid_certificate");
        rejected(() -> signed(ask("What is anemia?"), TestPki.shared().key("rogue"), TestPki.UNTRUSTED), "invalid_certificate");
    }

    @Test
    void aStaleTimestampIsRejected() {
        rejected(() -> send(ask("What is anemia?").timestamp(Instant.now().minusSeconds(200))), "invalid_timestamp");
    }

    @Test
    void anUnknownApplicationIdIsRejected() {
        rejected(() -> send(ask("What is anemia?").with("applicationId", "amzn1.ask.skill.someone-elses-skill")),
                "unknown_application");
    }

    @Test
    void aSignedBodyThatIsNotAnAlexaRequestIsA400NotA500() {
        for (String body : new String[] {"{\"version\": \"1.0\", \"request\": ", "[1, 2, 3]", "{\"version\": \"1.0\"}",
                "{\"version\": \"1.0\", \"request\": {\"type\": \"Made.Up.Request\", \"requestId\": \"x\"}}"}) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Response response = post(bytes, AlexaRequestBodies.sign(bytes, TestPki.shared().signingKey()),
                    TestPki.url(TestPki.VALID));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.jsonPath().getString("error")).as(body).isIn("malformed_json", "missing_request");
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static AlexaRequestBodies ask(String question) {
        return AlexaRequestBodies.of("ask-question").with("question", question);
    }

    private static AlexaRequestBodies lab(String analyte, String analyteId, String number, String unit, String unitId) {
        return AlexaRequestBodies.of("lab-values").with("analyte", analyte).with("analyteId", analyteId)
                .with("number", number).with("unit", unit).with("unitId", unitId);
    }

    private static Response post(byte[] body, String signature, String chainUrl) {
        return given().contentType("application/json; charset=utf-8")
                .header("Signature-256", signature).header("SignatureCertChainUrl", chainUrl)
                .body(body).post("/api/alexa");
    }

    private static Response signed(AlexaRequestBodies request, PrivateKey key, String chain) {
        byte[] body = request.bytes();
        return post(body, AlexaRequestBodies.sign(body, key), TestPki.url(chain));
    }

    private static Response send(AlexaRequestBodies request) {
        return signed(request, TestPki.shared().signingKey(), TestPki.VALID);
    }

    private static JsonPath ok(AlexaRequestBodies request) {
        Response response = send(request);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return checked(response);
    }

    private JsonPath open(String template) {
        JsonPath r = ok(AlexaRequestBodies.of(template));
        assertOpen(r);
        assertThat(ssml(r)).endsWith(SPOKEN_END);
        return r;
    }

    /** Alexa's limits, checked on every response of this test. */
    private static JsonPath checked(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        byte[] raw = response.asByteArray();
        assertThat(raw.length).isLessThan(24 * 1024);
        JsonPath r = response.jsonPath();
        String ssml = r.getString("response.outputSpeech.ssml");
        if (ssml != null) {
            assertThat(r.getString("response.outputSpeech.type")).isEqualTo("SSML");
            assertThat(ssml.length()).isLessThan(8000);
            assertThat(ssml).startsWith("<speak>").endsWith(SPOKEN_END);
        }
        return r;
    }

    private static void assertOpen(JsonPath r) {
        assertThat(r.getBoolean("response.shouldEndSession")).isFalse();
        assertThat(r.getString("response.reprompt.outputSpeech.ssml")).isEqualTo("<speak>" + VoiceEnglish.MESSAGES.reprompt() + "</speak>");
    }

    private static String ssml(JsonPath r) {
        return r.getString("response.outputSpeech.ssml");
    }

    private void rejected(Supplier<Response> request, String error) {
        Optional<String> before = latestTrace();
        Response response = request.get();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo(error);
        assertThat(response.jsonPath().getString("message")).isNotBlank();
        assertThat(latestTrace()).as("the pipeline must not run for a rejected request").isEqualTo(before);
    }

    private Optional<String> latestTrace() {
        return traces.lastId();
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new ObjectMapper().writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
