package org.healthlibrary.assistant.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures {@code POST /api/chat} latency against a running service: sends every question of
 * the shipped-library question set (plus a few off-library and off-topic messages) for a
 * number of rounds, one at a time, after a warm-up, and prints the median, p95 and p99 in
 * milliseconds (client-side, loopback). Usage:
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.healthlibrary.assistant.bench.ChatLatencyBench
 * -Dexec.args="--url http://localhost:8080 --rounds 20"}.
 */
public final class ChatLatencyBench {

    private static final List<String> EXTRA = List.of("What is sickle cell disease?", "Tell me a joke",
            "what does thrombocytopina mean");

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://localhost:8080");
        int rounds = Integer.parseInt(arg(args, "--rounds", "20"));
        List<String> questions = new ArrayList<>(questions());
        questions.addAll(EXTRA);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 3; i++) {
            for (String q : questions) {
                send(client, url, q);
            }
        }
        double[] ms = new double[rounds * questions.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long start = System.nanoTime();
                send(client, url, q);
                ms[n++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("POST /api/chat: %d requests (%d questions x %d rounds), median %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                ms.length, questions.size(), rounds, ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                ms[(int) (ms.length * 0.99)]);
    }

    private static void send(HttpClient client, String url, String question) throws IOException, InterruptedException {
        String body = "{\"message\": \"" + question.replace("\"", "\\\"") + "\"}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for a benchmark question");
        }
    }

    static List<String> questions() throws IOException {
        try (InputStream in = ChatLatencyBench.class.getResourceAsStream("/questions/shipped-library.tsv")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0].strip());
                }
            }
            return out;
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
