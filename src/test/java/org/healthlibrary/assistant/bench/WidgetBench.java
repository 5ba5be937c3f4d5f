package org.healthlibrary.assistant.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.chat.WidgetFilesTest;

/**
 * The patient widget's weight and speed: prints the gzipped size of its JavaScript and CSS, and
 * the time from pressing Enter to the first streamed answer text in the page (and to the
 * finished answer), median and p95 over a number of runs, in Debian's chromium against a
 * running service (its full-page chat at {@code /}). Start the service with rate limits off
 * ({@code -Dassistant.web.rate-limit.enabled=false}). Usage:
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.healthlibrary.assistant.bench.WidgetBench
 * -Dexec.args="--url http://localhost:18080 --runs 30"}.
 */
public final class WidgetBench {

    private static final List<String> QUESTIONS = List.of("What is pancytopenia?", "What causes low platelets?",
            "How is anemia treated?", "Is pancytopenia leukemia?", "my platelets are 90 and my wbc is 3.1");

    public static void main(String[] args) throws IOException {
        String url = arg(args, "--url", "http://localhost:8080");
        int runs = Integer.parseInt(arg(args, "--runs", "30"));
        Path chromium = Path.of(arg(args, "--chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Needs Debian's chromium at " + chromium + ": apt-get install -y chromium");
        }
        System.out.printf("Widget JavaScript + CSS: %d bytes gzipped (budget 30720)%n", WidgetFilesTest.gzippedBytes());
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newPage();
            page.navigate(url + "/");
            page.waitForFunction("() => { const e = document.querySelector('health-library-assistant');"
                    + " return !!(e && e.shadowRoot && e.shadowRoot.querySelector('textarea')); }");
            for (int i = 0; i < 3; i++) {
                ask(page, QUESTIONS.get(i % QUESTIONS.size()));
            }
            double[] first = new double[runs];
            double[] done = new double[runs];
            for (int i = 0; i < runs; i++) {
                double[] t = ask(page, QUESTIONS.get(i % QUESTIONS.size()));
                first[i] = t[0];
                done[i] = t[1];
            }
            System.out.printf("Time to first answer token in the page: median %.1f ms, p95 %.1f ms (%d runs)%n",
                    median(first), p95(first), runs);
            System.out.printf("Time to the finished answer in the page: median %.1f ms, p95 %.1f ms%n",
                    median(done), p95(done));
            browser.close();
        }
    }

    /** Sends one question from a fresh conversation; returns ms to the first token and to the finished answer. */
    private static double[] ask(Page page, String question) {
        page.evaluate("() => { sessionStorage.clear(); window.benchFirst = null; window.benchDone = null;"
                + " const e = document.querySelector('health-library-assistant');"
                + " e.addEventListener('hla-first-token', ev => window.benchFirst = performance.now(), {once: true});"
                + " e.addEventListener('hla-answer', ev => window.benchDone = performance.now(), {once: true}); }");
        page.locator("health-library-assistant textarea").fill(question);
        page.evaluate("() => window.benchStart = performance.now()");
        page.locator("health-library-assistant textarea").press("Enter");
        page.waitForFunction("() => window.benchDone !== null");
        @SuppressWarnings("unchecked")
        List<Number> t = (List<Number>) page.evaluate("() => [(window.benchFirst ?? window.benchDone) - window.benchStart,"
                + " window.benchDone - window.benchStart]");
        return new double[] {t.get(0).doubleValue(), t.get(1).doubleValue()};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double p95(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(v.length * 0.95) - 1)];
    }

    private static String arg(String[] args, String name, String fallback) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }
}
