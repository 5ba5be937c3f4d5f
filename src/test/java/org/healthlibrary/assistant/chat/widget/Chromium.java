package org.healthlibrary.assistant.chat.widget;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's chromium driven by Playwright for the widget's browser tests. Never downloads a
 * browser; fails (does not skip) when chromium is not installed, saying how to install it.
 */
final class Chromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package puts the browser (override with -Dchromium.path=...). */
    static final Path PATH = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    /** WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts headless chromium; fails the test when it is not installed. */
    static Chromium launch() {
        if (!Files.isExecutable(PATH)) {
            fail("The widget's browser tests need Debian's chromium at " + PATH
                    + ". Install it with: apt-get install -y chromium (or pass -Dchromium.path=/path/to/chromium).");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(PATH)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** The WCAG A/AA violations axe-core finds on the page, one line each (empty when there are none). */
    static String violations(com.microsoft.playwright.Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        return results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
