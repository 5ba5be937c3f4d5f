package org.healthlibrary.assistant.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * The console API end to end over HTTP: suites created, run twice with the change between runs,
 * exported and imported as YAML; sign-in throttling, sign-out and a disabled account's session;
 * and the audit rows those actions leave.
 */
@QuarkusTest
class ConsoleApiTest {

    @Inject
    StaffAccounts accounts;

    private static final String SUITE = """
            {"name": "api suite", "description": "two cases", "cases": [
              {"name": "leukemia", "turns": ["Is pancytopenia leukemia?"], "expectedOutcome": "ANSWERED",
               "acceptableCitations": ["pancytopenia#Common questions"], "mustContain": ["not the same as leukemia"], "mustPass": true},
              {"name": "off topic", "turns": ["What is the capital of France?"], "expectedOutcome": "OUT_OF_SCOPE"}]}
            """;

    @Test
    void aSuiteIsRunAgainAndShowsWhatChanged() {
        ConsoleSession.ensure(accounts, "api-editor", StaffRole.EDITOR);
        String editor = ConsoleSession.cookie("api-editor", ConsoleSession.PASSWORD);
        long id = ConsoleSession.as(editor).contentType("application/json").body(SUITE).post("/console/api/suites")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath first = ConsoleSession.as(editor).post("/console/api/suites/" + id + "/runs").then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("passed")).isEqualTo(2);
        assertThat(first.getList("results.change")).containsExactly("NEW_CASE", "NEW_CASE");
        assertThat(first.getString("results[0].firstCitation")).startsWith("pancytopenia#Common questions");

        String changed = SUITE.replace("\"expectedOutcome\": \"OUT_OF_SCOPE\"", "\"expectedOutcome\": \"ANSWERED\"");
        ConsoleSession.as(editor).contentType("application/json").body(changed).put("/console/api/suites/" + id).then().statusCode(200);
        JsonPath second = ConsoleSession.as(editor).post("/console/api/suites/" + id + "/runs").then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("passed")).isEqualTo(1);
        assertThat(second.getInt("failed")).isEqualTo(1);
        assertThat(second.getInt("mustPassFailed")).isZero();
        assertThat(second.getList("results.change")).containsExactly("UNCHANGED", "NEWLY_FAILING");
        assertThat(second.getList("results[1].failures", String.class)).containsExactly("outcome was OUT_OF_SCOPE, expected ANSWERED");

        String yaml = ConsoleSession.as(editor).get("/console/api/suites/" + id + "/yaml").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertThat(yaml).startsWith("name: api suite").contains("- Is pancytopenia leukemia?");
        long imported = ConsoleSession.as(editor).contentType("application/yaml")
                .body(yaml.replace("two cases", "imported again").getBytes(StandardCharsets.UTF_8))
                .post("/console/api/suites/import").then().statusCode(200).extract().jsonPath().getLong("id");
        assertThat(imported).isEqualTo(id);
        assertThat(ConsoleSession.as(editor).get("/console/api/suites/" + id).jsonPath().getString("description")).isEqualTo("imported again");

        ConsoleSession.as(editor).contentType("application/json").body(SUITE).post("/console/api/suites")
                .then().statusCode(409).body("error", org.hamcrest.Matchers.equalTo("suite_name_taken"));
        ConsoleSession.as(editor).contentType("application/json").body("{\"name\": \"x\", \"cases\": [{\"name\": \"a\"}]}")
                .post("/console/api/suites").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_turns"));
        ConsoleSession.as(editor).contentType("application/json").body("{not json").post("/console/api/suites")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.notNullValue());
        ConsoleSession.as(editor).get("/console/api/suites/abc").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_id"));

        List<Map<String, String>> audit = adminAudit();
        assertThat(audit).anySatisfy(e -> assertThat(e).containsEntry("actor", "api-editor").containsEntry("action", "suite.run")
                .containsEntry("target", "api suite").containsEntry("detail", "1 passed, 1 failed"));
        assertThat(audit).anySatisfy(e -> assertThat(e).containsEntry("action", "suite.import").containsEntry("target", "api suite"));
        assertThat(audit).noneSatisfy(e -> assertThat(String.valueOf(e.get("detail"))).contains("pancytopenia"));
    }

    @Test
    void repeatedFailedSignInsLockTheAccountEvenForTheRightPassword() {
        ConsoleSession.ensure(accounts, "api-throttled", StaffRole.VIEWER);
        for (int i = 0; i < 5; i++) {
            Response failed = ConsoleSession.signIn("api-throttled", "wrong password " + i);
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.header("Location")).endsWith("/console/sign-in?failed=1");
        }
        Response refused = ConsoleSession.signIn("api-throttled", ConsoleSession.PASSWORD);
        assertThat(refused.header("Location")).endsWith("/console/sign-in?failed=1");
        assertThat(refused.getCookie(SignInPage.SESSION_COOKIE)).isNull();
        List<Map<String, String>> audit = adminAudit();
        assertThat(audit).filteredOn(e -> "api-throttled".equals(e.get("target"))).extracting(e -> e.get("action"))
                .startsWith("sign-in.throttled", "sign-in.failed");
    }

    @Test
    void aDisabledAccountsSessionStopsAtOnceAndSignOutEndsTheCookie() {
        ConsoleSession.ensure(accounts, "api-leaver", StaffRole.VIEWER);
        accounts.update("api-leaver", StaffRole.VIEWER, true);
        String cookie = ConsoleSession.cookie("api-leaver", ConsoleSession.PASSWORD);
        ConsoleSession.as(cookie).get("/console").then().statusCode(200);
        accounts.update("api-leaver", StaffRole.VIEWER, false);
        Response after = ConsoleSession.as(cookie).get("/console");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/console/sign-in");

        String admin = ConsoleSession.cookie("admin", ConsoleSession.ADMIN_PASSWORD);
        Response out = ConsoleSession.as(admin).post("/console/sign-out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/console/sign-in?signed-out=1");
        assertThat(out.getDetailedCookie(SignInPage.SESSION_COOKIE).getMaxAge()).isZero();
        assertThat(adminAudit()).anySatisfy(e -> assertThat(e).containsEntry("actor", "admin").containsEntry("action", "sign-out"));
    }

    @Test
    void accountRequestsAreCheckedAndAudited() {
        String admin = ConsoleSession.cookie("admin", ConsoleSession.ADMIN_PASSWORD);
        ConsoleSession.as(admin).contentType("application/json").body("{\"username\": \"api-new\", \"password\": \"x\", \"role\": \"viewer\"}")
                .post("/console/api/accounts").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("password_too_short"));
        ConsoleSession.as(admin).contentType("application/json").body("{\"username\": \"api-new\", \"password\": \"long enough password\", \"role\": \"root\"}")
                .post("/console/api/accounts").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_role"));
        ConsoleSession.as(admin).contentType("application/json").body("{\"role\": \"viewer\", \"enabled\": true}")
                .put("/console/api/accounts/admin").then().statusCode(409).body("error", org.hamcrest.Matchers.equalTo("last_admin"));
        ConsoleSession.as(admin).get("/console/api/audit?limit=0").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_limit"));
        ConsoleSession.as(admin).get("/console/api/audit?offset=x").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_offset"));
    }

    private static List<Map<String, String>> adminAudit() {
        String admin = ConsoleSession.cookie("admin", ConsoleSession.ADMIN_PASSWORD);
        return ConsoleSession.as(admin).get("/console/api/audit?limit=500").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
