package org.healthlibrary.assistant.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console in real Chromium: each role signs in through the form and sees only what it
 * allows, an editor runs a suite and sees pass/fail per case, an admin creates an account, and
 * axe-core finds no WCAG 2.0/2.1 A or AA violation on any page. Screenshots of every page go to
 * {@code target/console-screenshots/}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    StaffAccounts accounts;
    @Inject
    Suites suites;

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
        ConsoleSession.ensure(accounts, "browser-viewer", StaffRole.VIEWER);
        ConsoleSession.ensure(accounts, "browser-editor", StaffRole.EDITOR);
        suiteId = suites.idOf("browser suite").orElseGet(() -> suites.create(new SuiteSpec("browser suite", "Checked in Chromium",
                List.of(new CaseSpec("pancytopenia is not leukemia", List.of("Is pancytopenia leukemia?"), "ANSWERED",
                                List.of("pancytopenia"), List.of("not the same as leukemia"), List.of(), null, null, true),
                        new CaseSpec("low platelets", List.of("my platelets are 40"), "LAB_RESULT", List.of(), List.of(), List.of(),
                                "THROMBOCYTOPENIA", null, false))), false));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(url("/console/sign-in"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/console"));
        return page;
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndTheSignInPageIsAccessible() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/console/suites"));
            assertThat(page.url()).startsWith(url("/console/sign-in"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Sign in");
            ConsoleBrowser.screenshot(page, "sign-in");
            assertThat(ConsoleBrowser.wcagViolations(page)).isEmpty();

            page.getByLabel("User name").fill("admin");
            page.getByLabel("Password").fill("not the password");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(u -> u.contains("failed=1"));
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent()).contains("wrong");
            ConsoleBrowser.screenshot(page, "sign-in-failed");
            assertThat(ConsoleBrowser.wcagViolations(page)).isEmpty();
        }
    }

    @Test
    void aViewerSeesReadOnlyPagesOnly() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "browser-viewer", ConsoleSession.PASSWORD);
            assertThat(page.locator("nav a").allTextContents()).containsExactly("Home", "Library", "Suites", "Test an answer");
            ConsoleBrowser.screenshot(page, "viewer-home");
            assertThat(ConsoleBrowser.wcagViolations(page)).isEmpty();

            page.navigate(url("/console/suites/" + suiteId));
            assertThat(page.getByText("Run this suite").count()).isZero();
            assertThat(page.getByText("Save changes").count()).isZero();

            Response forbidden = page.navigate(url("/console/accounts"));
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.text()).contains("\"error\":\"forbidden\"");
        }
    }

    @Test
    void anEditorRunsASuiteAndSeesEachCase() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "browser-editor", ConsoleSession.PASSWORD);
            assertThat(page.locator("nav a").allTextContents())
                    .containsExactly("Home", "Library", "Suites", "Test an answer", "Feedback", "Gaps");
            page.navigate(url("/console/suites"));
            ConsoleBrowser.screenshot(page, "editor-suites");
            assertThat(ConsoleBrowser.wcagViolations(page)).isEmpty();

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("browser suite")).click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Run this suite")).click();
            page.locator("#run-summary").waitFor();
            assertThat(page.locator("#run-summary").textContent()).contains("2 passed, 0 failed");
            assertThat(page.locator("td.pass").count()).isEqualTo(2);
            ConsoleBrowser.screenshot(page, "editor-suite-run");
            assertThat(ConsoleBrowser.wcagViolations(page)).isEmpty();
        }
    }

    @Test
    void anAdminSeesEveryPageAndCreatesAnAccount() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "admin", ConsoleSession.ADMIN_PASSWORD);
            assertThat(page.locator("nav a").allTextContents())
                    .containsExactly("Home", "Library", "Suites", "Test an answer", "Feedback", "Gaps", "Accounts", "Audit log");
            for (String[] p : new String[][] {{"/console", "admin-home"}, {"/console/library", "admin-library"},
                    {"/console/suites", "admin-suites"}, {"/console/suites/" + suiteId, "admin-suite"},
                    {"/console/accounts", "admin-accounts"}, {"/console/audit", "admin-audit"},
                    {"/console/test", "admin-test"}, {"/console/review", "admin-review"}, {"/console/gaps", "admin-gaps"}}) {
                page.navigate(url(p[0]));
                ConsoleBrowser.screenshot(page, p[1]);
                assertThat(ConsoleBrowser.wcagViolations(page)).as(p[0]).isEmpty();
            }
            page.navigate(url("/console/accounts"));
            String name = "made-in-browser-" + System.nanoTime() % 100000;
            page.locator("#new-username").fill("not a valid name!");
            page.locator("#new-password").fill("a long enough password");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Create account")).click();
            page.getByText("A user name is 2-64 characters").waitFor();
            ConsoleBrowser.screenshot(page, "admin-accounts-refused");
            page.locator("#new-username").fill(name);
            page.locator("#new-role").selectOption("editor");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Create account")).click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.ROWHEADER,
                    new Page.GetByRoleOptions().setName(name)).waitFor();
            assertThat(accounts.find(name)).get().extracting(m -> m.role()).isEqualTo(StaffRole.EDITOR);

            page.navigate(url("/console/audit"));
            assertThat(page.locator("tbody tr").first().textContent()).contains("account.create").contains(name);
        }
    }
}
