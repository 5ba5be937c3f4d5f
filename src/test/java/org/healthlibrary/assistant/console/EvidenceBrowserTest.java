package org.healthlibrary.assistant.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.review.ReviewRecorder;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The answer and review pages in real Chromium: a viewer tests an answer and sees its evidence
 * (chat and voice), an editor saves it as a case, feedback sent through {@code /api/feedback}
 * appears in review and is marked reviewed, and an out-of-library question appears in the gaps
 * without its text. axe-core finds no WCAG 2.0/2.1 A or AA violation on any of these pages;
 * screenshots go to {@code target/console-screenshots/}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    StaffAccounts accounts;
    @Inject
    Suites suites;
    @Inject
    ReviewRecorder recorder;

    private ConsoleBrowser chromium;
    private long suiteId;

    @BeforeAll
    void startBrowser() {
        chromium = new ConsoleBrowser();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void accountsAndSuite() {
        ConsoleSession.ensure(accounts, "evidence-viewer", StaffRole.VIEWER);
        ConsoleSession.ensure(accounts, "evidence-editor", StaffRole.EDITOR);
        suiteId = suites.idOf("evidence suite").orElseGet(() -> suites.create(new SuiteSpec("evidence suite", "Cases saved from traces",
                List.of(new CaseSpec("anemia", List.of("What is anemia?"), "ANSWERED", List.of(), List.of(), List.of(), null, null, false))),
                false));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/console/sign-in"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(ConsoleSession.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/console"));
        return page;
    }

    private static void ask(Page page, String question, String rendering) {
        page.getByLabel("Question").fill(question);
        page.getByLabel("Show the answer as").selectOption(rendering);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
        page.waitForURL(u -> u.contains("/console/traces/"));
    }

    private static void clean(Page page, String screenshot) {
        ConsoleBrowser.screenshot(page, screenshot);
        assertThat(ConsoleBrowser.wcagViolations(page)).as(screenshot).isEmpty();
    }

    @Test
    void aViewerTestsAnAnswerAndSeesItsEvidence() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "evidence-viewer");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test an answer")).click();
            clean(page, "viewer-test");

            ask(page, "Is pancytopenia leukemia?", "chat");
            assertThat(page.locator("#decision").textContent()).contains("ANSWERED").contains("evidence:sufficient");
            assertThat(page.locator("#answer-text").textContent()).contains("leukemia");
            assertThat(page.locator("#candidates tbody tr").count()).isPositive();
            assertThat(page.locator("#candidates thead").textContent()).contains("BM25").contains("Dense").contains("Fused")
                    .contains("Coverage");
            assertThat(page.locator("#safety").textContent()).contains("Red-flag rule").contains("Injection attempt");
            assertThat(page.locator("#wording").textContent()).contains("extractive");
            assertThat(page.locator("#stages").textContent()).contains("retrieval").contains("ms");
            assertThat(page.getByText("Save as test case").count()).isZero();
            clean(page, "viewer-evidence");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("voice")).click();
            assertThat(page.locator("#answer-text").textContent()).startsWith("<speak>");
            clean(page, "viewer-evidence-voice");

            page.navigate(url("/console/test"));
            ask(page, "my platelets are 40", "chat");
            assertThat(page.locator("#lab").textContent()).contains("PLATELETS").contains("LOW");
            clean(page, "viewer-evidence-lab");
        }
    }

    @Test
    void anEditorSavesATestedAnswerAsACase() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "evidence-editor");
            page.navigate(url("/console/test"));
            ask(page, "What are the symptoms of anemia?", "chat");
            assertThat(page.getByLabel("Expected outcome").inputValue()).isEqualTo("ANSWERED");
            assertThat(page.getByLabel("Acceptable first citation (article or article#section)").inputValue()).startsWith("anemia");
            clean(page, "editor-evidence");
            page.getByLabel("Suite").selectOption(String.valueOf(suiteId));
            String name = "symptoms " + System.nanoTime() % 100000;
            page.getByLabel("Case name").fill(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as test case")).click();
            page.waitForURL(url("/console/suites/" + suiteId));
            assertThat(page.locator(".cases").textContent()).contains(name).contains("What are the symptoms of anemia?");
            CaseSpec saved = suites.get(suiteId).cases().getLast();
            assertThat(saved.name()).isEqualTo(name);
            assertThat(saved.expectedOutcome()).isEqualTo("ANSWERED");
            assertThat(saved.acceptableCitations()).singleElement().asString().startsWith("anemia");
        }
    }

    @Test
    void feedbackFromTheWidgetAppearsInReview() {
        String trace = given().contentType(ContentType.JSON).body(Map.of("message", "What is neutropenia?"))
                .post("/api/chat").then().statusCode(200).extract().header("X-Trace-Id");
        given().contentType(ContentType.JSON).body(Map.of("traceId", trace, "rating", "down", "reason", "didnt_answer"))
                .post("/api/feedback").then().statusCode(200);
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "evidence-editor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback")).click();
            assertThat(page.locator("#sections").textContent()).contains("neutropenia");
            assertThat(page.locator("#recent").textContent()).contains(trace).contains("didnt_answer")
                    .doesNotContain("What is neutropenia?");
            clean(page, "editor-review");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark feedback on trace " + trace + " reviewed")).click();
            page.getByText("Reviewed by evidence-editor").first().waitFor();
            clean(page, "editor-review-reviewed");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(trace)).click();
            assertThat(page.locator(".asked").textContent()).contains("What is neutropenia?");
            assertThat(page.locator("#decision").textContent()).contains("a patient");
            clean(page, "editor-patient-trace");
        }
    }

    @Test
    void anOutOfLibraryQuestionAppearsInGapsWithoutItsText() {
        String question = "Can you explain glorbulitis disease?";
        // Asked several times: the page lists the 500 most asked terms of the week, and the other
        // tests of this run leave hundreds of terms asked once or twice.
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON).body(Map.of("message", question)).post("/api/chat")
                    .then().statusCode(200);
        }
        recorder.awaitWritten();
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "evidence-editor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gaps")).click();
            assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("glorbulitis")).count()).isEqualTo(1);
            assertThat(page.content()).doesNotContain(question).doesNotContain("explain");
            clean(page, "editor-gaps");
        }
    }
}
