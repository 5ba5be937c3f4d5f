package org.healthlibrary.assistant.chat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layout and presentation: a 320 px phone (the panel fills the screen, nothing scrolls
 * sideways, the question box stays above the on-screen keyboard as the visual viewport
 * shrinks), 200% zoom, reduced motion, and the contrast check on a hospital's own colours.
 */
@QuarkusTest
@TestProfile(WidgetProfile.class)
class WidgetLayoutTest {

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

    private String page(String attributes) {
        return HostSite.get().page(service.toString().replaceAll("/+$", ""), attributes);
    }

    @Test
    void onA320PixelPhoneThePanelFillsTheScreenAndTheInputStaysAboveTheKeyboard() {
        Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(320, 640)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true);
        // The hostile page's CSS makes the document wider than the phone (about 447 px): the launcher
        // and the panel follow the visual viewport, not the page's width.
        try (WidgetBrowser tab = new WidgetBrowser(chromium, phone).open(page(""))) {
            assertThat(tab.page.evaluate("() => document.documentElement.scrollWidth")).as("the page is wider than "
                    + "the phone").matches(w -> ((Number) w).intValue() > 320);
            BoundingBox launcher = tab.launcher().boundingBox();
            assertThat(launcher.x).isGreaterThanOrEqualTo(0);
            assertThat(launcher.x + launcher.width).isLessThanOrEqualTo(320);
            assertThat(launcher.y + launcher.height).isLessThanOrEqualTo(640);
            tab.launcher().click();
            BoundingBox panel = tab.panel().boundingBox();
            assertThat(panel.x).isEqualTo(0);
            assertThat(panel.width).isEqualTo(320);
            tab.ask("my hemoglobin is 9.1 and platelets 90");
            assertThat(tab.panel().evaluate("e => e.scrollWidth <= e.clientWidth")).as("no sideways scrolling").isEqualTo(true);
            assertThat(tab.page.locator("health-library-assistant .scroll").evaluate("e => e.scrollWidth <= e.clientWidth"))
                    .isEqualTo(true);
            tab.assertAccessible("at 320 px with a lab table");
            tab.screenshot("phone-320-lab");

            // The on-screen keyboard takes the lower half: the visual viewport shrinks to 300 px.
            tab.page.setViewportSize(320, 300);
            tab.page.waitForFunction("() => document.querySelector('health-library-assistant').shadowRoot"
                    + ".querySelector('textarea').getBoundingClientRect().bottom <= 300");
            BoundingBox input = tab.input().boundingBox();
            assertThat(input.y).isGreaterThan(0);
            assertThat(input.y + input.height).isLessThanOrEqualTo(300);
            assertThat(tab.page.locator("health-library-assistant .disc.short").isVisible()).isTrue();
            assertThat(tab.page.locator("health-library-assistant .disc.short").textContent())
                    .isEqualTo(org.healthlibrary.assistant.safety.SafetyEnglish.DISCLAIMER_SPOKEN);
            tab.assertAccessible("at 320 px with the keyboard open");
            tab.screenshot("phone-320-keyboard");
        }
    }

    @Test
    void at200PercentZoomEverythingFitsAndWorks() {
        // 200% zoom of a 1280 x 800 screen lays the page out in 640 x 400 CSS pixels.
        Browser.NewContextOptions zoomed = new Browser.NewContextOptions().setViewportSize(640, 400).setDeviceScaleFactor(2);
        try (WidgetBrowser tab = new WidgetBrowser(chromium, zoomed).open(page("data-open=\"true\""))) {
            tab.ask("What is pancytopenia?");
            BoundingBox panel = tab.panel().boundingBox();
            assertThat(panel.y).isGreaterThanOrEqualTo(0);
            assertThat(panel.x + panel.width).isLessThanOrEqualTo(640);
            assertThat(panel.y + panel.height).isLessThanOrEqualTo(400);
            BoundingBox input = tab.input().boundingBox();
            assertThat(input.y + input.height).isLessThanOrEqualTo(400);
            assertThat(tab.panel().evaluate("e => e.scrollWidth <= e.clientWidth")).isEqualTo(true);
            tab.assertAccessible("at 200% zoom");
            tab.screenshot("zoom-200");
        }
    }

    @Test
    void reducedMotionTurnsAnimationsOff() {
        Browser.NewContextOptions still = new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setReducedMotion(ReducedMotion.REDUCE);
        try (WidgetBrowser tab = new WidgetBrowser(chromium, still).open(page("data-open=\"true\""))) {
            assertThat(tab.panel().evaluate("e => getComputedStyle(e).animationName")).isEqualTo("none");
            assertThat(tab.page.locator("health-library-assistant .scroll").evaluate("e => getComputedStyle(e).scrollBehavior"))
                    .isEqualTo("auto");
        }
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(page("data-open=\"true\""))) {
            assertThat(tab.panel().evaluate("e => getComputedStyle(e).animationName")).isEqualTo("rise");
        }
    }

    @Test
    void aHospitalsColoursAreUsedWhenTheyKeepContrastAndReplacedWhenTheyDoNot() {
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(page("data-primary=\"#6a1b9a\" data-font=\"Georgia, serif\""))) {
            assertThat(tab.page.locator("health-library-assistant").getAttribute("data-contrast")).isEqualTo("ok");
            assertThat(tab.launcher().evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(106, 27, 154)");
            assertThat(tab.launcher().evaluate("e => getComputedStyle(e).fontFamily")).isEqualTo("Georgia, serif");
            tab.assertAccessible("with a hospital's colours");
        }
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(page("data-primary=\"#ffeb3b\""))) {
            assertThat(tab.page.locator("health-library-assistant").getAttribute("data-contrast")).isEqualTo("adjusted");
            assertThat(tab.launcher().evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(0, 90, 156)");
            tab.problems.clear();
            tab.assertAccessible("after low-contrast colours were replaced");
        }
    }
}
