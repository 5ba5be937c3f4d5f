package org.healthlibrary.assistant.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.review.IsoWeek;
import org.healthlibrary.assistant.review.ReviewRecorder;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence and review API: testing an answer shows its evidence, a patient's trace opens for
 * editors only, a trace becomes a suite case, patients' feedback is listed by article and section
 * and marked reviewed (audited), and an unanswerable patient question is counted as a gap by its
 * unknown term only. Bad input gets a 4xx {@code {error, message}}.
 */
@QuarkusTest
class ReviewConsoleApiTest {

    @Inject
    StaffAccounts accounts;
    @Inject
    Suites suites;
    @Inject
    AuditLog audit;
    @Inject
    ReviewRecorder recorder;

    private String viewer;
    private String editor;

    @BeforeEach
    void signIn() {
        ConsoleSession.ensure(accounts, "review-viewer", StaffRole.VIEWER);
        ConsoleSession.ensure(accounts, "review-editor", StaffRole.EDITOR);
        viewer = ConsoleSession.cookie("review-viewer", ConsoleSession.PASSWORD);
        editor = ConsoleSession.cookie("review-editor", ConsoleSession.PASSWORD);
    }

    private String test(String cookie, String message) {
        return ConsoleSession.as(cookie).contentType(ContentType.JSON)
                .body(Map.of("message", message, "rendering", "voice"))
                .post("/console/api/traces").then().statusCode(201)
                .body("rendering", equalTo("voice")).extract().path("traceId");
    }

    private static String patientAsks(String message) {
        return given().contentType(ContentType.JSON).body(Map.of("message", message))
                .post("/api/chat").then().statusCode(200).extract().header("X-Trace-Id");
    }

    @Test
    void aTestedAnswerShowsItsEvidence() {
        String id = test(viewer, "What is pancytopenia?");
        JsonPath trace = ConsoleSession.as(viewer).get("/console/api/traces/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(trace.getString("origin")).isEqualTo("STAFF");
        assertThat(trace.getString("message")).isEqualTo("What is pancytopenia?");
        assertThat(trace.getString("outcome")).isEqualTo("ANSWERED");
        assertThat(trace.getString("rule")).startsWith("evidence:sufficient");
        assertThat(trace.getString("answer")).isNotBlank();
        assertThat(trace.getString("citations[0].articleId")).isEqualTo("pancytopenia");
        assertThat(trace.getList("candidates")).isNotEmpty();
        assertThat(trace.getDouble("candidates[0].bm25")).isPositive();
        assertThat(trace.getBoolean("safety.injection")).isFalse();
        assertThat(trace.getMap("stageMillis")).containsKeys("safety", "retrieval", "gate", "wording");
        assertThat(trace.getString("wording.mode")).isEqualTo("extractive");

        String page = ConsoleSession.as(viewer).get("/console/traces/" + id + "?rendering=voice").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("What is pancytopenia?").contains("&lt;speak&gt;").contains("BM25")
                .contains("evidence:sufficient").contains("Time per stage");
        assertThat(page).doesNotContain("Save as test case");
        assertThat(audit.newest(0, 20)).anySatisfy(e -> {
            assertThat(e.action).isEqualTo("answer.test");
            assertThat(e.target).isEqualTo(id);
            assertThat(e.detail).isEqualTo("ANSWERED");
        });
    }

    @Test
    void aLabQuestionShowsTheRangesUsed() {
        String id = test(viewer, "my platelets are 40");
        JsonPath trace = ConsoleSession.as(viewer).get("/console/api/traces/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(trace.getString("outcome")).isEqualTo("LAB_RESULT");
        assertThat(trace.getString("lab.pattern")).isEqualTo("THROMBOCYTOPENIA");
        assertThat(trace.getString("lab.values[0].analyte")).isEqualTo("PLATELETS");
        assertThat(trace.getString("lab.values[0].range")).isNotBlank();
        assertThat(ConsoleSession.as(viewer).get("/console/traces/" + id).then().statusCode(200).extract().asString())
                .contains("Range used").contains("THROMBOCYTOPENIA");
    }

    @Test
    void aPatientsTraceOpensForEditorsOnly() {
        String id = patientAsks("What is anemia?");
        recorder.awaitWritten();
        ConsoleSession.as(viewer).get("/console/api/traces/" + id).then().statusCode(403).body("error", equalTo("forbidden"));
        ConsoleSession.as(viewer).get("/console/traces/" + id).then().statusCode(403);
        ConsoleSession.as(editor).get("/console/api/traces/" + id).then().statusCode(200)
                .body("origin", equalTo("PATIENT")).body("message", equalTo("What is anemia?"));
    }

    @Test
    void badInputIsRefusedWithAJsonError() {
        postTest("{}").statusCode(400).body("error", equalTo("missing_message")).body("message", org.hamcrest.Matchers.notNullValue());
        postTest("{\"message\": \"   \"}").statusCode(400).body("error", equalTo("missing_message"));
        postTest("{\"message\": \"" + "a".repeat(2001) + "\"}").statusCode(400).body("error", equalTo("message_too_long"));
        postTest("{\"message\": \"What is anemia?\", \"rendering\": \"fax\"}").statusCode(400).body("error", equalTo("invalid_rendering"));
        postTest("not json").statusCode(400).body("error", equalTo("malformed_json"));
        ConsoleSession.as(viewer).get("/console/api/traces/bad*id").then().statusCode(400).body("error", equalTo("invalid_trace_id"));
        ConsoleSession.as(viewer).get("/console/api/traces/no-such-trace").then().statusCode(404).body("error", equalTo("trace_not_found"));
        ConsoleSession.as(viewer).get("/console/traces/" + test(viewer, "What is anemia?") + "?rendering=fax").then()
                .statusCode(400).body("error", equalTo("invalid_rendering"));
        ConsoleSession.as(editor).post("/console/api/review/feedback/bad*id/reviewed").then().statusCode(400)
                .body("error", equalTo("invalid_trace_id"));
    }

    private io.restassured.response.ValidatableResponse postTest(String body) {
        return ConsoleSession.as(viewer).contentType(ContentType.JSON).body(body).post("/console/api/traces").then();
    }

    @Test
    void aTraceIsSavedAsACaseOfTheChosenSuite() {
        long suiteId = suites.idOf("from traces").orElseGet(() -> suites.create(new SuiteSpec("from traces", null,
                List.of(new CaseSpec("first", List.of("What is anemia?"), null, List.of(), List.of(), List.of(), null, null, false))), false));
        String id = test(viewer, "Is pancytopenia leukemia?");
        ConsoleSession.as(viewer).contentType(ContentType.JSON).body(Map.of("suiteId", String.valueOf(suiteId)))
                .post("/console/api/traces/" + id + "/case").then().statusCode(403);
        String name = "saved " + id.substring(0, 8);
        ConsoleSession.as(editor).contentType(ContentType.JSON)
                .body(Map.of("suiteId", String.valueOf(suiteId), "name", name, "expectedOutcome", "ANSWERED",
                        "citation", "pancytopenia", "mustPass", true))
                .post("/console/api/traces/" + id + "/case").then().statusCode(201)
                .body("suiteName", equalTo("from traces")).body("caseName", equalTo(name));
        CaseSpec saved = suites.get(suiteId).cases().getLast();
        assertThat(saved).isEqualTo(new CaseSpec(name, List.of("Is pancytopenia leukemia?"), "ANSWERED",
                List.of("pancytopenia"), List.of(), List.of(), null, null, true));
        assertThat(audit.newest(0, 5)).anySatisfy(e -> {
            assertThat(e.action).isEqualTo("suite.case-from-trace");
            assertThat(e.target).isEqualTo("from traces");
            assertThat(e.detail).isEqualTo("trace " + id).doesNotContain("pancytopenia");
        });

        saveCase(id, Map.of("suiteId", String.valueOf(suiteId), "name", name)).statusCode(400).body("error", org.hamcrest.Matchers.notNullValue());
        saveCase(id, Map.of()).statusCode(400).body("error", equalTo("missing_suite"));
        saveCase(id, Map.of("suiteId", "x")).statusCode(400).body("error", equalTo("invalid_id"));
        saveCase(id, Map.of("suiteId", "999999")).statusCode(404);
        saveCase(id, Map.of("suiteId", String.valueOf(suiteId), "expectedOutcome", "MAYBE")).statusCode(400)
                .body("error", equalTo("invalid_outcome"));
    }

    private io.restassured.response.ValidatableResponse saveCase(String id, Map<String, ?> body) {
        return ConsoleSession.as(editor).contentType(ContentType.JSON).body(body).post("/console/api/traces/" + id + "/case").then();
    }

    @Test
    void feedbackIsListedBySectionAndMarkedReviewed() {
        String id = patientAsks("What is pancytopenia?");
        given().contentType(ContentType.JSON).body(Map.of("traceId", id, "rating", "down", "reason", "hard_to_understand"))
                .post("/api/feedback").then().statusCode(200);
        ConsoleSession.as(viewer).get("/console/api/review/feedback").then().statusCode(403);
        JsonPath overview = ConsoleSession.as(editor).get("/console/api/review/feedback").then().statusCode(200).extract().jsonPath();
        Map<String, Object> mine = overview.getList("recent", Map.class).stream()
                .filter(f -> id.equals(f.get("traceId"))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("rating", "DOWN").containsEntry("reason", "HARD_TO_UNDERSTAND")
                .containsEntry("articleId", "pancytopenia");
        assertThat(mine.toString()).doesNotContain("What is pancytopenia?");
        assertThat(overview.getList("sections", Map.class)).anySatisfy(s -> {
            assertThat(s.get("articleId")).isEqualTo("pancytopenia");
            assertThat(((Number) s.get("down")).longValue()).isPositive();
        });
        ConsoleSession.as(editor).post("/console/api/review/feedback/" + id + "/reviewed").then().statusCode(200)
                .body("reviewedBy", equalTo("review-editor"));
        assertThat(audit.newest(0, 5)).anySatisfy(e -> {
            assertThat(e.action).isEqualTo("feedback.review");
            assertThat(e.target).isEqualTo(id);
        });
        ConsoleSession.as(editor).post("/console/api/review/feedback/no-such-trace/reviewed").then().statusCode(404)
                .body("error", equalTo("feedback_not_found"));
        assertThat(ConsoleSession.as(editor).get("/console/review").then().statusCode(200).extract().asString())
                .contains(id).contains("Reviewed by review-editor").doesNotContain("What is pancytopenia?");
    }

    @Test
    void aPatientsUnanswerableQuestionIsCountedByItsUnknownTermOnly() {
        String question = "What is zzyxomatosis disease?";
        String staff = test(viewer, question);
        String patient = patientAsks(question);
        recorder.awaitWritten();
        assertThat(ConsoleSession.as(editor).get("/console/api/traces/" + patient).jsonPath().getList("unknownTerms"))
                .containsExactly("zzyxomatosis");
        assertThat(ConsoleSession.as(viewer).get("/console/api/traces/" + staff).jsonPath().getString("outcome"))
                .isEqualTo("NOT_IN_LIBRARY");
        JsonPath gaps = ConsoleSession.as(editor).get("/console/api/review/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(gaps.getList("findAll { it.term == 'zzyxomatosis' }", Map.class))
                .containsExactly(Map.of("term", "zzyxomatosis", "week", IsoWeek.of(java.time.Instant.now()), "hits", 1));
        assertThat(gaps.prettify()).doesNotContain("What is");
        String page = ConsoleSession.as(editor).get("/console/gaps").then().statusCode(200).extract().asString();
        assertThat(page).contains("zzyxomatosis").doesNotContain(question);
        ConsoleSession.as(viewer).get("/console/gaps").then().statusCode(403);
    }
}
