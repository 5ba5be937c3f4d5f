package org.healthlibrary.assistant.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Benchmark program (not a test): measures {@link SafetyScreen#assess} per message over the
 * labelled set, and per component on 2,000-character adversarial inputs. Prints figures only.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench test-compile exec:java
 * -Dexec.mainClass=org.healthlibrary.assistant.safety.SafetyScreenBench}
 */
public final class SafetyScreenBench {

    private SafetyScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> messages = labelledMessages();
        SafetyScreen screen = SafetyScreen.standard();
        for (int i = 0; i < 30; i++) {
            messages.forEach(screen::assess);
        }
        int rounds = 50;
        long[] perMessage = new long[messages.size() * rounds];
        int k = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String m : messages) {
                long t0 = System.nanoTime();
                screen.assess(m);
                perMessage[k++] = System.nanoTime() - t0;
            }
        }
        double cpuMean = (threads.getCurrentThreadCpuTime() - cpu0) / 1000.0 / perMessage.length;
        Arrays.sort(perMessage);
        double mean = Arrays.stream(perMessage).average().orElseThrow() / 1000.0;
        System.out.printf("SafetyScreen.assess over %d labelled messages x %d rounds (warm JIT, 1 thread):%n",
                messages.size(), rounds);
        System.out.printf("  mean %.1f us, p50 %.1f us, p99 %.1f us, max %.1f us%n", mean,
                perMessage[perMessage.length / 2] / 1000.0, perMessage[(int) (perMessage.length * 0.99)] / 1000.0,
                perMessage[perMessage.length - 1] / 1000.0);
        System.out.printf("  mean CPU time %.1f us per message (less sensitive to other load on the machine)%n", cpuMean);

        System.out.println("Per component, mean over the labelled messages (us):");
        System.out.printf("  normalize %.1f  redflag %.1f  injection %.1f  diagnosis %.1f  dose %.1f  premise %.1f  scope %.1f%n",
                timeAll(messages, CanonicalText::normalize),
                timeAll(messages, RedFlagScreen.standard()::screen),
                timeAll(messages, InjectionDetector.standard()::looksLikeInjection),
                timeAll(messages, DiagnosisRequestDetector.standard()::isDiagnosisRequest),
                timeAll(messages, DoseRequestDetector.standard()::isDoseRequest),
                timeAll(messages, PremiseChecker.standard()::check),
                timeAll(messages, ScopeClassifier.standard()::isHealthRelated));

        String[] adversarial = {"a".repeat(2000), "no ".repeat(660) + "chest pain",
            "bleeding " + "x ".repeat(990) + "won't stop", "no chest pain, ".repeat(133), "ignore ".repeat(280) + "your rules"};
        System.out.println("Per component on 2,000-character adversarial messages (mean of 20 runs, ms):");
        for (String a : adversarial) {
            System.out.printf("  %-40s normalize %.2f  redflag %.2f  injection %.2f  diagnosis %.2f  dose %.2f  premise %.2f  all %.2f%n",
                    a.substring(0, 30).replace("\n", " ") + "...",
                    time(a, CanonicalText::normalize),
                    time(a, RedFlagScreen.standard()::screen),
                    time(a, InjectionDetector.standard()::looksLikeInjection),
                    time(a, DiagnosisRequestDetector.standard()::isDiagnosisRequest),
                    time(a, DoseRequestDetector.standard()::isDoseRequest),
                    time(a, PremiseChecker.standard()::check),
                    time(a, screen::assess));
        }
        adversarialWorstCase(screen);
    }

    /**
     * The slowest {@link SafetyScreen#assess} over every adversarial input of {@link SafetyScreenTest}
     * (a catastrophic backtrack would show here as seconds).
     */
    private static void adversarialWorstCase(SafetyScreen screen) {
        List<String> inputs = SafetyScreenTest.adversarial().toList();
        double worst = 0;
        String worstInput = "";
        for (String a : inputs) {
            double ms = time(a, screen::assess);
            if (ms > worst) {
                worst = ms;
                worstInput = a;
            }
        }
        System.out.printf("SafetyScreen.assess on all %d adversarial inputs: worst mean %.2f ms (%s...)%n",
                inputs.size(), worst, worstInput.substring(0, 30));
    }

    private static double timeAll(List<String> messages, Consumer<String> work) {
        for (int i = 0; i < 10; i++) {
            messages.forEach(work);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            messages.forEach(work);
        }
        return (System.nanoTime() - t0) / 20.0 / messages.size() / 1000.0;
    }

    private static double time(String input, Consumer<String> work) {
        for (int i = 0; i < 5; i++) {
            work.accept(input);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            work.accept(input);
        }
        return (System.nanoTime() - t0) / 20 / 1e6;
    }

    private static List<String> labelledMessages() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (var in = SafetyScreenBench.class.getResourceAsStream("/safety/labelled-messages.jsonl")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line).get("text").asText());
                }
            }
        }
        return out;
    }
}
