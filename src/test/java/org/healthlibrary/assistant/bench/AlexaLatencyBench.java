package org.healthlibrary.assistant.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Measures {@code POST /api/alexa} latency for {@code AskQuestionIntent} against a running
 * service started with {@code -Dassistant.alexa.verify=false} (the requests are not signed):
 * sends every question of the shipped-library question set as a real-shaped Alexa request
 * (template {@code src/test/resources/voice/ask-question.json}) for a number of rounds, one at
 * a time, after a warm-up, and prints the median, p95 and p99 in milliseconds (client-side,
 * loopback). Usage: {@code ./mvnw -q -Pbench test-compile exec:java
 * -Dexec.mainClass=org.healthlibrary.assistant.bench.AlexaLatencyBench
 * -Dexec.args="--url http://localhost:8081 --rounds 20"}.
 */
public final class AlexaLatencyBench {

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://localhost:8080");
        int rounds = Integer.parseInt(arg(args, "--rounds", "20"));
        List<String> questions = ChatLatencyBench.questions();
        String template = template();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            for (String q : questions) {
                send(client, url, template, q);
            }
        }
        double[] ms = new double[rounds * questions.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                String body = body(template, q);
                long start = System.nanoTime();
                post(client, url, body);
                ms[n++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("POST /api/alexa AskQuestionIntent: %d requests (%d questions x %d rounds), median %.2f ms, "
                        + "p95 %.2f ms, p99 %.2f ms%n", ms.length, questions.size(), rounds, ms[ms.length / 2],
                ms[(int) (ms.length * 0.95)], ms[(int) (ms.length * 0.99)]);
    }

    private static void send(HttpClient client, String url, String template, String question)
            throws IOException, InterruptedException {
        post(client, url, body(template, question));
    }

    private static void post(HttpClient client, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/alexa"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"ssml\"")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for a benchmark request "
                    + "(is the service running with -Dassistant.alexa.verify=false?)");
        }
    }

    private static String body(String template, String question) {
        return template.replace("{{applicationId}}", "amzn1.ask.skill.bench")
                .replace("{{timestamp}}", Instant.now().toString())
                .replace("{{requestId}}", UUID.randomUUID().toString())
                .replace("{{sessionNew}}", "false")
                .replace("{{attributes}}", "{}")
                .replace("{{question}}", question.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    private static String template() throws IOException {
        try (InputStream in = AlexaLatencyBench.class.getResourceAsStream("/voice/ask-question.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
