package org.healthlibrary.assistant.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Checking a library change in real Chromium, on a copy of the shipped library
 * ({@link PublishProfile}): an editor edits an article in the console into a candidate that
 * changes an answer and sees the change flagged side by side; an admin is refused publishing
 * while a must-pass case fails, publishes with a written reason, and finds both in the audit log.
 * axe-core finds no WCAG 2.0/2.1 A or AA violation on the library, editor and candidate pages;
 * screenshots go to {@code target/console-screenshots/}.
 */
@QuarkusTest
@TestProfile(PublishProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateBrowserTest {

    private static final String SUITE = "browser candidate";
    private static final String CASE = "what anemia is";
    private static final String SENTENCE = "Anemia means your blood has fewer healthy red blood cells than your body needs.";
    /** Waiting for the background indexing and the check of every suite on a loaded build machine. */
    private static final double CHECK_WAIT_MS = 600_000;

    @TestHTTPResource("/")
    URL root;

    @Inject
    StaffAccounts accounts;
    @Inject
    Suites suites;
    @Inject
    CandidateLibrary candidate;
    @Inject
    LibraryIndex index;

    private ConsoleBrowser chromium;

    @BeforeAll
    void start() {
        chromium = new ConsoleBrowser();
        ConsoleSession.ensure(accounts, "candidate-browser-editor", StaffRole.EDITOR);
        if (suites.idOf(SUITE).isEmpty()) {
            suites.create(new SuiteSpec(SUITE, "A must-pass case the edit in the browser breaks",
                    List.of(new CaseSpec(CASE, List.of("What is anemia?"), "ANSWERED", List.of("anemia"),
                            List.of("fewer healthy red blood cells"), List.of(), null, null, true))), false);
        }
        CandidateWait.clean(candidate);
    }

    @AfterAll
    void stop() {
        suites.idOf(SUITE).ifPresent(suites::delete);
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(url("/console/sign-in"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/console"));
        return page;
    }

    private static void accessible(Page page, String name) {
        ConsoleBrowser.screenshot(page, name);
        assertThat(ConsoleBrowser.wcagViolations(page)).as(name).isEmpty();
    }

    private static void waitForState(Page page, String label) {
        page.locator("#candidate-state", new Page.LocatorOptions().setHasText(label))
                .waitFor(new Locator.WaitForOptions().setTimeout(CHECK_WAIT_MS));
    }

    @Test
    void anEditIsFlaggedSideBySideRefusedOnAMustPassFailureAndPublishedWithAReason() {
        assertThat(index.library().articles().stream().filter(a -> a.id().equals("anemia")).findFirst().orElseThrow().body())
                .contains(SENTENCE);
        try (BrowserContext editorContext = chromium.browser.newContext()) {
            Page page = signIn(editorContext, "candidate-browser-editor", ConsoleSession.PASSWORD);
            page.navigate(url("/console/library"));
            assertThat(page.locator("#library-facts").textContent()).contains("Published version").contains("generation gen-");
            assertThat(page.locator("#library-candidate").textContent()).startsWith("no candidate");
            accessible(page, "candidate-library-view");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Anemia")).click();
            page.waitForURL(url("/console/candidate/edit?article=anemia"));
            accessible(page, "candidate-edit");
            Locator markdown = page.getByLabel("The article's file");
            markdown.fill(markdown.inputValue().replace(SENTENCE, "Anemia is a shortage of red cells in the blood."));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save into the candidate")).click();
            page.waitForURL(url("/console/candidate"));
            waitForState(page, "checked");

            assertThat(page.locator("#candidate-edits").textContent()).contains("changed: anemia");
            Locator row = page.locator("#changed-cases tbody tr", new Page.LocatorOptions().setHasText(SUITE + ": " + CASE));
            assertThat(row.textContent()).contains("answer text").contains("now fails").contains("(must pass)");
            assertThat(row.locator("td").nth(1).locator(".pass").textContent()).isEqualTo("pass");
            assertThat(row.locator("td").nth(2).locator(".fail").textContent()).isEqualTo("FAIL");
            assertThat(page.locator("#must-pass-failing").isVisible()).isTrue();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the candidate")).count()).isZero();
            accessible(page, "candidate-checked-editor");
        }
        try (BrowserContext adminContext = chromium.browser.newContext()) {
            Page page = signIn(adminContext, "admin", ConsoleSession.ADMIN_PASSWORD);
            page.navigate(url("/console/candidate"));
            assertThat(page.locator("#publish-refusals").textContent()).contains(SUITE + ": " + CASE);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the candidate")).click();
            Locator status = page.locator("form[data-api='/console/api/candidate/publish'] [data-status]");
            page.locator("form[data-api='/console/api/candidate/publish'] [data-status].failed").waitFor();
            assertThat(status.textContent()).contains("must-pass").contains("at least 20 characters");
            accessible(page, "candidate-publish-refused");

            String reason = "Reviewed with the hematology lead; the case is updated next";
            page.getByLabel("Reason").fill(reason);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the candidate")).click();
            waitForState(page, "no candidate");
            assertThat(page.locator("#candidate-facts").textContent()).contains("Last published here").contains(reason);
            accessible(page, "candidate-published");

            page.navigate(url("/console/audit"));
            Locator rows = page.locator("tbody tr");
            assertThat(rows.nth(0).textContent()).contains("library.publish").contains("override of must_pass_failing: " + reason);
            assertThat(rows.nth(1).textContent()).contains("library.publish-refused").contains("must_pass_failing");
            ConsoleBrowser.screenshot(page, "candidate-audit");
        }
        assertThat(index.library().articles().stream().filter(a -> a.id().equals("anemia")).findFirst().orElseThrow().body())
                .contains("Anemia is a shortage of red cells in the blood.");
    }
}
