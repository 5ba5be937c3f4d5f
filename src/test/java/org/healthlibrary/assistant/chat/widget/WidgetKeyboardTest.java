package org.healthlibrary.assistant.chat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import org.healthlibrary.assistant.feedback.Feedback;
import org.healthlibrary.assistant.feedback.FeedbackStore;
import org.healthlibrary.assistant.feedback.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A keyboard-only walk-through on a foreign hospital page: Tab reaches the launcher, Enter
 * opens the chat with focus in the question box, Enter sends, Shift+Tab reaches the thumbs,
 * Space and Enter give feedback, focus is always visible, and Escape closes the chat and puts
 * focus back on the launcher.
 */
@QuarkusTest
@TestProfile(WidgetProfile.class)
class WidgetKeyboardTest {

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

    @Test
    void everythingWorksFromTheKeyboardAndEscapeReturnsFocusToTheLauncher() throws IOException {
        String origin = service.toString().replaceAll("/+$", "");
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(HostSite.get().page(origin, ""))) {
            var keys = tab.page.keyboard();
            keys.press("Tab");
            assertThat(focused(tab)).isEqualTo("BUTTON.launch");
            assertThat(focusOutline(tab)).isEqualTo("solid");
            keys.press("Enter");
            assertThat(focused(tab)).isEqualTo("TEXTAREA");
            assertThat(focusOutline(tab)).isEqualTo("solid");

            keys.type("What is anemia?");
            keys.press("Enter");
            tab.answers().first().waitFor();
            assertThat(focused(tab)).as("focus stays in the question box").isEqualTo("TEXTAREA");

            keys.press("Shift+Tab");
            assertThat(focused(tab)).isEqualTo("BUTTON.icon[No, this did not help]");
            assertThat(focusOutline(tab)).isEqualTo("solid");
            keys.press("Space");
            tab.page.locator("health-library-assistant button.chip").first().waitFor();
            assertThat(focused(tab)).as("focus stays on the pressed thumb").isEqualTo("BUTTON.icon[No, this did not help]");
            keys.press("Tab");
            assertThat(focused(tab)).isEqualTo("BUTTON.chip");
            keys.press("Enter");
            String traceId = (String) tab.page.evaluate("() => { const s = JSON.parse(sessionStorage.getItem("
                    + "sessionStorage.key(0))); return s.messages[s.messages.length - 1].traceId; }");
            tab.page.waitForCondition(() -> feedback.find(traceId).map(Feedback::reason).orElse(null) == Reason.DIDNT_ANSWER);
            tab.assertAccessible("during the keyboard walk-through");

            keys.press("Escape");
            assertThat(tab.panel().isHidden()).isTrue();
            assertThat(focused(tab)).isEqualTo("BUTTON.launch");
            assertThat(tab.launcher().getAttribute("aria-expanded")).isEqualTo("false");
        }
    }

    /** The focused element inside the widget: tag, first class, and aria-label in brackets when it has one. */
    private static String focused(WidgetBrowser tab) {
        return (String) tab.page.evaluate("() => { const host = document.activeElement;"
                + " if (!host || host.tagName !== 'HEALTH-LIBRARY-ASSISTANT') return 'outside: ' + (host && host.tagName);"
                + " const e = host.shadowRoot.activeElement; if (!e) return 'none';"
                + " return e.tagName + (e.classList[0] ? '.' + e.classList[0] : '')"
                + " + (e.getAttribute('aria-label') && e.tagName === 'BUTTON' && e.classList[0] === 'icon' ? '[' + e.getAttribute('aria-label') + ']' : ''); }");
    }

    private static String focusOutline(WidgetBrowser tab) {
        return (String) tab.page.evaluate("() => getComputedStyle(document.activeElement.shadowRoot.activeElement).outlineStyle");
    }
}
