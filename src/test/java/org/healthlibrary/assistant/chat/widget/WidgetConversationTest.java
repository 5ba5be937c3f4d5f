package org.healthlibrary.assistant.chat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.healthlibrary.assistant.feedback.Feedback;
import org.healthlibrary.assistant.feedback.FeedbackStore;
import org.healthlibrary.assistant.feedback.Rating;
import org.healthlibrary.assistant.feedback.Reason;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation states in a real browser on a foreign hospital page, each checked with
 * axe-core: emergency alert, lab table, suggestions, the conversation kept across a reload and
 * cleared by "start over", thumbs recorded, one live announcement per answer, the language
 * switch without a reload, the transcript download, and the full-page chat at {@code /}.
 */
@QuarkusTest
@TestProfile(WidgetProfile.class)
class WidgetConversationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Chromium chromium;

    @TestHTTPResource("/")
    URL service;

    @Inject
    FeedbackStore feedback;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String origin() {
        return service.toString().replaceAll("/+$", "");
    }

    private WidgetBrowser openOnHostPage() {
        return new WidgetBrowser(chromium).open(HostSite.get().page(origin(), "data-open=\"true\""));
    }

    @Test
    void anEmergencyIsARedAlertWithACallLinkThatStaysAboveTheConversation() {
        try (WidgetBrowser tab = openOnHostPage()) {
            Locator answer = tab.ask("I have crushing chest pain and can't breathe");
            assertThat(answer.getAttribute("data-outcome")).isEqualTo("EMERGENCY");
            Locator alert = tab.page.locator("health-library-assistant [role=alert]");
            assertThat(alert.isVisible()).isTrue();
            assertThat(alert.evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(176, 0, 32)");
            assertThat(alert.locator("a").getAttribute("href")).isEqualTo("tel:911");
            assertThat(alert.locator("a").textContent()).isEqualTo("Call 911");
            assertThat(alert.evaluate("e => !!e.closest('.scroll')")).as("outside the scrolling conversation").isEqualTo(false);
            tab.page.locator("health-library-assistant .scroll").evaluate("e => e.scrollTop = 0");
            assertThat(alert.isVisible()).isTrue();
            assertThat(answer.locator(".fbbox").count()).as("no thumbs on emergency guidance").isZero();
            tab.assertAccessible("with an emergency alert");
            tab.screenshot("emergency-desktop");
        }
    }

    @Test
    void labValuesShowAnAccessibleTableWithTheSummary() {
        try (WidgetBrowser tab = openOnHostPage()) {
            Locator answer = tab.ask("my platelets are 90 and my wbc is 3.1, do i have cancer");
            assertThat(answer.getAttribute("data-outcome")).isEqualTo("LAB_RESULT");
            Locator table = answer.locator("table");
            assertThat(table.locator("caption").textContent()).isEqualTo("Your lab values");
            assertThat(table.locator("thead th[scope=col]").allTextContents())
                    .containsExactly("Test", "Your value", "Normal range", "Status", "Grade");
            assertThat(table.locator("tbody tr").nth(0).locator("th[scope=row], td").allTextContents())
                    .containsExactly("White blood cells", "3.1 x10^9/L", "4 to 11 x10^9/L", "Low", "1");
            assertThat(table.locator("tbody tr").nth(1).locator("th[scope=row], td").allTextContents())
                    .containsExactly("Platelets", "90 x10^9/L", "150 to 450 x10^9/L", "Low", "1");
            assertThat(answer.locator("p").first().textContent()).startsWith(org.healthlibrary.assistant.safety.SafetyEnglish.NO_DIAGNOSIS)
                    .contains("Low: white blood cell count 3.1 x10^9/L");
            tab.assertAccessible("with a lab table");
            tab.screenshot("lab-desktop");
        }
    }

    @Test
    void aQuestionTheLibraryCannotAnswerOffersTheNamedArticlesCommonQuestionsAsButtons() {
        try (WidgetBrowser tab = openOnHostPage()) {
            Locator answer = tab.ask("can stress cause low white blood cells");
            assertThat(answer.getAttribute("data-outcome")).isEqualTo("NOT_IN_LIBRARY");
            Locator suggestions = answer.locator("button.sugg");
            assertThat(suggestions.allTextContents()).containsExactly("What white blood cell count is too low?",
                    "Is leukopenia serious?", "What is the difference between leukopenia and neutropenia?",
                    "Can leukopenia go away?");
            tab.assertAccessible("with an article's questions");
            tab.screenshot("suggestions-desktop");
            suggestions.nth(1).click();
            tab.answers().nth(1).waitFor();
            assertThat(tab.page.locator("health-library-assistant [role=log] .msg.user").nth(1).textContent())
                    .endsWith("Is leukopenia serious?");
            assertThat(tab.answers().nth(1).getAttribute("data-outcome")).isEqualTo("ANSWERED");
            assertThat(answer.locator(".suggest").isHidden()).as("past suggestions are withdrawn").isTrue();
        }
    }

    @Test
    void withoutANamedArticleTheStarterQuestionsAreOffered() {
        try (WidgetBrowser tab = openOnHostPage()) {
            Locator answer = tab.ask("I'm confused about my lab results");
            assertThat(answer.getAttribute("data-outcome")).isEqualTo("NOT_IN_LIBRARY");
            Locator suggestions = answer.locator("button.sugg");
            assertThat(suggestions.allTextContents())
                    .containsExactly("What is pancytopenia?", "What causes low platelets?", "How is anemia treated?");
            tab.assertAccessible("with starter questions");
            suggestions.first().click();
            tab.answers().nth(1).waitFor();
            assertThat(tab.answers().nth(1).getAttribute("data-outcome")).isEqualTo("ANSWERED");
        }
    }

    @Test
    void theConversationSurvivesAReloadInSessionStorageOnlyAndStartOverClearsIt() {
        try (WidgetBrowser tab = openOnHostPage()) {
            tab.ask("What is pancytopenia?");
            tab.ask("Can it go away?");
            tab.page.reload();
            tab.ready();
            assertThat(tab.page.locator("health-library-assistant [role=log] .msg").count()).isEqualTo(4);
            assertThat(tab.answers().nth(1).locator(".src a").first().textContent())
                    .startsWith("Pancytopenia > Common questions > Can pancytopenia go away?");
            assertThat(tab.panel().isVisible()).as("still open after the reload").isTrue();
            assertThat(tab.page.evaluate("() => localStorage.length")).isEqualTo(0);
            assertThat(tab.context.cookies()).isEmpty();
            assertThat(tab.page.evaluate("() => sessionStorage.length")).isEqualTo(1);
            tab.assertAccessible("restored after a reload");

            tab.page.locator("health-library-assistant button.tool", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("Start over")).click();
            assertThat(tab.page.locator("health-library-assistant [role=log] .msg").count()).isZero();
            assertThat(tab.page.locator("health-library-assistant .welcome button.sugg").count()).isEqualTo(3);
            assertThat(tab.page.evaluate("() => sessionStorage.length")).isEqualTo(0);
            tab.page.reload();
            tab.ready();
            assertThat(tab.page.locator("health-library-assistant [role=log] .msg").count()).isZero();
        }
    }

    @Test
    void thumbsAndAReasonAreRecordedForTheAnswersTrace() throws IOException {
        try (WidgetBrowser tab = openOnHostPage()) {
            Locator answer = tab.ask("What are the symptoms of anemia?");
            String traceId = lastTraceId(tab);
            answer.locator("button[aria-label='Yes, this helped']").click();
            tab.page.waitForCondition(() -> feedback.find(traceId).isPresent());
            assertThat(feedback.find(traceId).map(Feedback::rating)).contains(Rating.UP);
            answer.locator(".ack", new Locator.LocatorOptions().setHasText("Thank you for your feedback.")).waitFor();

            answer.locator("button[aria-label='No, this did not help']").click();
            Locator chip = answer.locator("button.chip", new Locator.LocatorOptions().setHasText("Hard to understand"));
            chip.click();
            tab.page.waitForCondition(() -> feedback.find(traceId).map(Feedback::reason).orElse(null)
                    == Reason.HARD_TO_UNDERSTAND);
            assertThat(feedback.find(traceId).map(Feedback::rating)).contains(Rating.DOWN);
            assertThat(answer.locator("button.chip[aria-pressed=true]").textContent()).isEqualTo("Hard to understand");
            tab.assertAccessible("with feedback chips");
        }
    }

    @Test
    void eachFinishedMessageIsAddedToTheLogOnceAndStreamedTextIsNotAnnounced() {
        try (WidgetBrowser tab = openOnHostPage()) {
            tab.page.evaluate("() => { const log = document.querySelector('health-library-assistant').shadowRoot"
                    + ".querySelector('[role=log]'); window.added = []; new MutationObserver(ms => ms.forEach(m => "
                    + "m.addedNodes.forEach(n => window.added.push(n.textContent)))).observe(log, {childList: true, subtree: true,"
                    + " characterData: true}); }");
            tab.ask("Is pancytopenia leukemia?");
            @SuppressWarnings("unchecked")
            List<String> added = (List<String>) tab.page.evaluate("() => window.added");
            assertThat(added).hasSize(2);
            assertThat(added.get(0)).isEqualTo("You said: Is pancytopenia leukemia?");
            assertThat(added.get(1)).startsWith("Assistant said: Pancytopenia is not the same as leukemia.");
            Locator log = tab.page.locator("health-library-assistant [role=log]");
            assertThat(log.getAttribute("aria-relevant")).isEqualTo("additions");
            assertThat(tab.page.locator("health-library-assistant .draft").getAttribute("aria-hidden")).isEqualTo("true");
        }
    }

    @Test
    void theLanguageSwitchesWithoutAReloadAndTheTranscriptDownloadsAsText() throws IOException {
        try (WidgetBrowser tab = openOnHostPage()) {
            tab.ask("Is pancytopenia leukemia?");
            tab.page.evaluate("() => window.notReloaded = true");
            tab.page.locator("health-library-assistant select").selectOption("es");
            tab.page.locator("health-library-assistant h2", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("Asistente de la biblioteca de salud")).waitFor();
            assertThat(tab.page.evaluate("() => window.notReloaded")).isEqualTo(true);
            assertThat(tab.page.locator("health-library-assistant .root").getAttribute("lang")).isEqualTo("es");
            assertThat(tab.input().getAttribute("aria-label")).isEqualTo("Su pregunta");
            assertThat(tab.answers().count()).isEqualTo(1);
            assertThat(tab.answers().first().locator(".src h3").textContent()).isEqualTo("Fuentes");
            tab.assertAccessible("in Spanish");

            tab.page.locator("health-library-assistant select").selectOption("en");
            tab.page.locator("health-library-assistant h2", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("Health library assistant")).waitFor();
            Download download = tab.page.waitForDownload(() -> tab.page.locator("health-library-assistant button.tool",
                    new com.microsoft.playwright.Page.LocatorOptions().setHasText("Download")).click());
            assertThat(download.suggestedFilename()).isEqualTo("health-library-conversation.txt");
            String text = Files.readString(download.path());
            assertThat(text).startsWith("Conversation with the health library assistant\n")
                    .contains("\nYou: Is pancytopenia leukemia?\n")
                    .contains("\nAssistant: Pancytopenia is not the same as leukemia.")
                    .contains("  Sources: Pancytopenia > Common questions > Is pancytopenia leukemia? "
                            + "https://library.example-hospital.org/health/pancytopenia#is-pancytopenia-leukemia\n")
                    .endsWith(SafetyEnglish.DISCLAIMER + "\n");
        }
    }

    @Test
    void theFullPageChatAtTheRootIsTheSameElementUnderTheServicesOwnCsp() {
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(origin() + "/")) {
            assertThat(tab.page.title()).isEqualTo("Health library assistant");
            assertThat(tab.launcher().count()).as("no launcher on the full page").isZero();
            assertThat(tab.panel().getAttribute("role")).isEqualTo("main");
            assertThat(tab.page.locator("health-library-assistant h1").textContent()).isEqualTo("Health library assistant");
            tab.assertAccessible("full page, empty");
            tab.ask("What causes low platelets?");
            tab.assertAccessible("full page, with an answer");
            tab.screenshot("page-desktop");
            assertThat(tab.problems).as("console errors and CSP violations").isEmpty();
        }
    }

    @Test
    void onAnOrdinaryHospitalPageTheWidgetLooksAsInTheReadme() {
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(HostSite.get().plainPage(origin(), "data-open=\"true\""))) {
            tab.ask("Is pancytopenia leukemia?");
            tab.assertAccessible("on an ordinary page");
            tab.screenshot("widget");
            assertThat(tab.problems).isEmpty();
        }
    }

    private static String lastTraceId(WidgetBrowser tab) throws IOException {
        String stored = (String) tab.page.evaluate("() => sessionStorage.getItem(sessionStorage.key(0))");
        JsonNode messages = JSON.readTree(stored).get("messages");
        return messages.get(messages.size() - 1).get("traceId").asText();
    }
}
