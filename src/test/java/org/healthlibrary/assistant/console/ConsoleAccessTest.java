package org.healthlibrary.assistant.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every console route: anonymous callers are sent to the sign-in page, each role reaches
 * exactly what it allows, and a role that may not gets 403 with a JSON {@code {error, message}}.
 * Allowed write routes are called with an empty or invalid body, so the walk changes nothing and
 * also shows that bad input gets a 4xx JSON answer.
 */
@QuarkusTest
class ConsoleAccessTest {

    /** Each route and the least role that may use it; null = anyone (the sign-in page). */
    private static final Map<String, StaffRole> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /console", StaffRole.VIEWER),
            Map.entry("GET /console/library", StaffRole.VIEWER),
            Map.entry("GET /console/suites", StaffRole.VIEWER),
            Map.entry("GET /console/suites/{id}", StaffRole.VIEWER),
            Map.entry("GET /console/accounts", StaffRole.ADMIN),
            Map.entry("GET /console/audit", StaffRole.ADMIN),
            Map.entry("GET /console/api/accounts", StaffRole.ADMIN),
            Map.entry("POST /console/api/accounts", StaffRole.ADMIN),
            Map.entry("PUT /console/api/accounts/{username}", StaffRole.ADMIN),
            Map.entry("PUT /console/api/accounts/{username}/password", StaffRole.ADMIN),
            Map.entry("GET /console/api/audit", StaffRole.ADMIN),
            Map.entry("GET /console/api/library", StaffRole.VIEWER),
            Map.entry("POST /console/api/library/reindex", StaffRole.ADMIN),
            Map.entry("GET /console/api/suites", StaffRole.VIEWER),
            Map.entry("POST /console/api/suites", StaffRole.EDITOR),
            Map.entry("GET /console/api/suites/{id}", StaffRole.VIEWER),
            Map.entry("PUT /console/api/suites/{id}", StaffRole.EDITOR),
            Map.entry("DELETE /console/api/suites/{id}", StaffRole.EDITOR),
            Map.entry("GET /console/api/suites/{id}/yaml", StaffRole.VIEWER),
            Map.entry("POST /console/api/suites/import", StaffRole.EDITOR),
            Map.entry("POST /console/api/suites/{id}/runs", StaffRole.EDITOR),
            Map.entry("GET /console/api/suites/{id}/runs/{run}", StaffRole.VIEWER),
            Map.entry("GET /console/candidate", StaffRole.VIEWER),
            Map.entry("GET /console/candidate/edit", StaffRole.EDITOR),
            Map.entry("GET /console/api/candidate", StaffRole.VIEWER),
            Map.entry("PUT /console/api/candidate/articles/{articleId}", StaffRole.EDITOR),
            Map.entry("DELETE /console/api/candidate/articles/{articleId}", StaffRole.EDITOR),
            Map.entry("POST /console/api/candidate/import", StaffRole.EDITOR),
            Map.entry("POST /console/api/candidate/check", StaffRole.EDITOR),
            Map.entry("DELETE /console/api/candidate", StaffRole.EDITOR),
            Map.entry("POST /console/api/candidate/publish", StaffRole.ADMIN),
            Map.entry("GET /console/test", StaffRole.VIEWER),
            Map.entry("GET /console/traces/{id}", StaffRole.VIEWER),
            Map.entry("GET /console/review", StaffRole.EDITOR),
            Map.entry("GET /console/gaps", StaffRole.EDITOR),
            Map.entry("POST /console/api/traces", StaffRole.VIEWER),
            Map.entry("GET /console/api/traces/{id}", StaffRole.VIEWER),
            Map.entry("POST /console/api/traces/{id}/case", StaffRole.EDITOR),
            Map.entry("GET /console/api/review/feedback", StaffRole.EDITOR),
            Map.entry("POST /console/api/review/feedback/{id}/reviewed", StaffRole.EDITOR),
            Map.entry("GET /console/api/review/gaps", StaffRole.EDITOR),
            Map.entry("POST /console/sign-out", StaffRole.VIEWER)));

    /** Write routes an allowed role is walked with: a body that is refused, so nothing changes. */
    private static final Map<String, Integer> REFUSED_WRITES = Map.ofEntries(
            Map.entry("GET /console/candidate/edit", 400),
            Map.entry("PUT /console/api/candidate/articles/{articleId}", 400),
            Map.entry("DELETE /console/api/candidate/articles/{articleId}", 404),
            Map.entry("POST /console/api/candidate/import", 400),
            Map.entry("POST /console/api/candidate/check", 404),
            Map.entry("DELETE /console/api/candidate", 404),
            Map.entry("POST /console/api/candidate/publish", 404),
            Map.entry("GET /console/traces/{id}", 404),
            Map.entry("POST /console/api/traces", 400),
            Map.entry("GET /console/api/traces/{id}", 404),
            Map.entry("POST /console/api/traces/{id}/case", 404),
            Map.entry("POST /console/api/review/feedback/{id}/reviewed", 404),
            Map.entry("POST /console/api/accounts", 400),
            Map.entry("PUT /console/api/accounts/{username}", 400),
            Map.entry("PUT /console/api/accounts/{username}/password", 400),
            Map.entry("POST /console/api/suites", 400),
            Map.entry("PUT /console/api/suites/{id}", 400),
            Map.entry("DELETE /console/api/suites/{id}", 404),
            Map.entry("POST /console/api/suites/import", 400),
            Map.entry("POST /console/api/suites/{id}/runs", 404),
            Map.entry("GET /console/api/suites/{id}/runs/{run}", 404),
            Map.entry("POST /console/api/library/reindex", 202));

    @Inject
    StaffAccounts accounts;
    @Inject
    Suites suites;

    private long suiteId;

    @BeforeEach
    void accountsAndASuite() {
        ConsoleSession.ensure(accounts, "walk-viewer", StaffRole.VIEWER);
        ConsoleSession.ensure(accounts, "walk-editor", StaffRole.EDITOR);
        suiteId = suites.idOf("access walk").orElseGet(() -> suites.create(new SuiteSpec("access walk", null,
                List.of(new CaseSpec("one", List.of("What is anemia?"), "ANSWERED", List.of(), List.of(), List.of(), null, null, false))), false));
    }

    @Test
    void theTableNamesEveryDeclaredRoute() throws Exception {
        List<String> declared = new ArrayList<>(ConsoleRoutes.declared());
        declared.remove("GET /console/sign-in");
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    }

    @Test
    void anonymousCallersAreSentToSignIn() {
        for (String route : ROUTES.keySet()) {
            Response response = call(given().redirects().follow(false), route, false);
            assertThat(response.statusCode()).as(route).isIn(302, 401);
            if (response.statusCode() == 302) {
                assertThat(response.header("Location")).as(route).contains("/console/sign-in");
            }
        }
    }

    @Test
    void theSignInPageIsOpen() {
        given().get("/console/sign-in").then().statusCode(200).contentType("text/html");
    }

    @Test
    void eachRoleReachesExactlyWhatItAllows() {
        Map<StaffRole, String> cookies = Map.of(
                StaffRole.VIEWER, ConsoleSession.cookie("walk-viewer", ConsoleSession.PASSWORD),
                StaffRole.EDITOR, ConsoleSession.cookie("walk-editor", ConsoleSession.PASSWORD),
                StaffRole.ADMIN, ConsoleSession.cookie("admin", ConsoleSession.ADMIN_PASSWORD));
        for (Map.Entry<StaffRole, String> who : cookies.entrySet()) {
            for (Map.Entry<String, StaffRole> route : ROUTES.entrySet()) {
                if (route.getKey().equals("POST /console/sign-out")) {
                    continue;
                }
                boolean allowed = who.getKey().ordinal() >= route.getValue().ordinal();
                Response response = call(ConsoleSession.as(who.getValue()), route.getKey(), allowed);
                String what = who.getKey() + " " + route.getKey();
                if (!allowed) {
                    assertThat(response.statusCode()).as(what).isEqualTo(403);
                    assertThat(response.jsonPath().getString("error")).as(what).isEqualTo("forbidden");
                    assertThat(response.jsonPath().getString("message")).as(what).isNotBlank();
                } else {
                    int expected = REFUSED_WRITES.getOrDefault(route.getKey(), 200);
                    assertThat(response.statusCode()).as(what).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.jsonPath().getString("error")).as(what).isNotBlank();
                        assertThat(response.jsonPath().getString("message")).as(what).isNotBlank();
                    }
                }
            }
        }
    }

    private Response call(RequestSpecification request, String route, boolean refusedBody) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{username}", "no-such-user").replace("{articleId}", "no-such-article")
                .replace("{id}", refusedBody && route.startsWith("DELETE") || route.endsWith("/runs") ? "999999" : String.valueOf(suiteId))
                .replace("{run}", "999999");
        if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
            request = route.endsWith("/suites/import")
                    ? request.contentType("application/yaml").body("cases: [".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : request.contentType("application/json").body("{}");
        }
        return request.request(parts[0], path);
    }
}
