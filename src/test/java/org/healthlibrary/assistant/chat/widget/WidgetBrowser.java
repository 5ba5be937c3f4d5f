package org.healthlibrary.assistant.chat.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One browser tab with the widget and the steps the browser tests share. */
final class WidgetBrowser implements AutoCloseable {

    final BrowserContext context;
    final Page page;
    /** Console errors and Content-Security-Policy violations seen in the tab. */
    final List<String> problems = new ArrayList<>();

    WidgetBrowser(Chromium chromium, Browser.NewContextOptions options) {
        this.context = chromium.browser.newContext(options.setLocale("en-US"));
        this.page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
    }

    WidgetBrowser(Chromium chromium) {
        this(chromium, new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** Opens a page and waits until the widget has loaded its styles and strings. */
    WidgetBrowser open(String url) {
        page.navigate(url);
        ready();
        return this;
    }

    void ready() {
        try {
            page.waitForFunction("() => { const e = document.querySelector('health-library-assistant');"
                    + " return !!(e && e.shadowRoot && e.shadowRoot.querySelector('.root') && !e.shadowRoot.querySelector('.root').hidden); }");
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("The widget did not load; console: " + problems, e);
        }
    }

    Locator launcher() {
        return page.locator("health-library-assistant .launch");
    }

    Locator panel() {
        return page.locator("health-library-assistant .panel");
    }

    Locator input() {
        return page.locator("health-library-assistant textarea");
    }

    Locator answers() {
        return page.locator("health-library-assistant [role=log] .msg.bot");
    }

    /** Types a question, sends it with Enter, and waits for its finished answer. */
    Locator ask(String question) {
        int before = answers().count();
        input().fill(question);
        input().press("Enter");
        Locator answer = answers().nth(before);
        answer.waitFor();
        return answer;
    }

    /** Fails with axe-core's findings when the page has any WCAG 2.0/2.1 A or AA violation. */
    void assertAccessible(String state) {
        int before = problems.size();
        String violations = Chromium.violations(page);
        // axe-core injects its own inline styles while it runs; the host page's CSP rightly blocks them.
        while (problems.size() > before) {
            problems.removeLast();
        }
        assertThat(violations).as("axe-core WCAG A/AA violations " + state).isEmpty();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target/widget-screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void waitHidden(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    @Override
    public void close() {
        context.close();
    }
}
