package org.healthlibrary.assistant.chat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The widget embedded with the bare script tag on a hospital page from another origin, under
 * that page's strict CSP and hostile CSS: it loads, nothing of the page's CSS leaks in, a
 * library question streams an answer with citations, and the disclaimer stays visible.
 */
@QuarkusTest
@TestProfile(WidgetProfile.class)
class WidgetEmbedTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL service;

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

    private String serviceOrigin() {
        return service.toString().replaceAll("/+$", "");
    }

    @Test
    void aForeignPageWithHostileCssEmbedsTheWidgetAndGetsAStreamedAnswerWithCitations() {
        String url = HostSite.get().page(serviceOrigin(), "");
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(url)) {
            Locator launcher = tab.launcher();
            assertThat(launcher.isVisible()).isTrue();
            assertThat(launcher.evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(0, 90, 156)");
            assertThat(launcher.evaluate("e => getComputedStyle(e).fontSize")).isEqualTo("16px");
            tab.assertAccessible("on a foreign page, closed");

            launcher.click();
            assertThat(tab.panel().isVisible()).isTrue();
            assertThat(tab.page.evaluate("() => document.querySelector('health-library-assistant').shadowRoot.activeElement.tagName"))
                    .isEqualTo("TEXTAREA");
            Locator welcome = tab.page.locator("health-library-assistant .welcome");
            assertThat(welcome.locator("button.sugg").count()).isEqualTo(3);
            assertThat(tab.input().evaluate("e => getComputedStyle(e).fontSize")).isEqualTo("16px");
            assertThat(tab.input().evaluate("e => getComputedStyle(e).textTransform")).isEqualTo("none");
            tab.assertAccessible("on a foreign page, open and empty");

            Locator answer = tab.ask("Is pancytopenia leukemia?");
            assertThat(answer.locator("p").first().textContent())
                    .startsWith("Pancytopenia is not the same as leukemia.");
            Locator source = answer.locator(".src a").first();
            assertThat(source.textContent()).startsWith("Pancytopenia > Common questions > Is pancytopenia leukemia?");
            assertThat(source.getAttribute("href"))
                    .isEqualTo("https://library.example-hospital.org/health/pancytopenia#is-pancytopenia-leukemia");
            assertThat(source.getAttribute("target")).isEqualTo("_blank");
            assertThat(tab.page.locator("health-library-assistant .disc:not(.short)").textContent()).isEqualTo(SafetyEnglish.DISCLAIMER);
            assertThat(tab.page.locator("health-library-assistant .disc:not(.short)").isVisible()).isTrue();
            tab.assertAccessible("on a foreign page, with an answer");
            tab.screenshot("embed-answer-desktop");
            assertThat(tab.problems).as("console errors and CSP violations").isEmpty();
        }
    }
}
