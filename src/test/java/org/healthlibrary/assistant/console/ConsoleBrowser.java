package org.healthlibrary.assistant.console;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium ({@value #CHROMIUM}) driven by Playwright for the console's browser tests;
 * Playwright never downloads a browser. Installed on a fresh machine by {@code .ci/run}.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    final Browser browser;

    ConsoleBrowser() {
        if (!java.nio.file.Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("The console browser tests need Chromium at " + CHROMIUM
                    + ": install it with apt-get install -y chromium (.ci/run does).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** WCAG 2.0/2.1 A and AA violations on the page, as "rule: nodes" lines (empty when none). */
    static List<String> wcagViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        return results.getViolations().stream()
                .map((Rule r) -> r.getId() + ": " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    /** Saves a full-page screenshot as {@code target/console-screenshots/<name>.png}. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
