package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Latency of {@code POST /api/chat} for messages at the 2,000-character limit, on one client:
 * English and Spanish patient stories, Chinese text, emoji, and run-ons of distinct unknown words
 * ({@link #messages}), 40 distinct messages of each kind per round, after a warm-up round. Prints
 * the median and p95 per kind and overall (target: p95 at most 30 ms), with the load average.
 * Usage (docs/benchmarks.md): {@code ./mvnw -q -Pbench test-compile exec:java
 * -Dexec.mainClass=org.healthlibrary.assistant.bench.LongMessageBench -Dexec.args="--url http://localhost:8080 --rounds 5"}.
 */
public final class LongMessageBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_KIND = 40;
    private static final String SPANISH = "Hola, tengo mucho cansancio desde hace semanas y el médico dice que tengo las "
            + "plaquetas bajas y la hemoglobina baja, quiero saber qué significa la pancitopenia y si es grave para "
            + "mi familia porque mi madre tuvo anemia ";
    private static final String CHINESE = "我最近总是很累，医生说我的血小板很低，血红蛋白也低，我想知道这是不是白血病，需要做骨髓穿刺吗，"
            + "我的家人也很担心，请告诉我应该怎么办，";

    public static void main(String[] args) throws Exception {
        String url = LoadBench.arg(args, "--url", "http://localhost:8080");
        int rounds = Integer.parseInt(LoadBench.arg(args, "--rounds", "5"));
        Map<String, List<String>> kinds = messages(new Random(23));
        try (KeepAliveClient client = new KeepAliveClient(url)) {
            for (List<String> bodies : kinds.values()) {
                for (String body : bodies) {
                    send(client, body);
                }
            }
            System.out.printf("load average before: %s%n", LoadBench.loadAverage());
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
                long[] ms = new long[rounds * kind.getValue().size()];
                int n = 0;
                for (int r = 0; r < rounds; r++) {
                    for (String body : kind.getValue()) {
                        long t0 = System.nanoTime();
                        send(client, body);
                        ms[n++] = System.nanoTime() - t0;
                    }
                }
                Arrays.stream(ms).forEach(all::add);
                print(kind.getKey(), ms);
            }
            print("all", all.stream().mapToLong(Long::longValue).toArray());
            System.out.printf("load average after: %s%n", LoadBench.loadAverage());
        }
    }

    private static void send(KeepAliveClient client, String body) throws java.io.IOException {
        int status = client.postJson("/api/chat", body);
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status + " for a 2,000-character message");
        }
    }

    private static void print(String kind, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%-16s %5d requests  median %7.2f ms  p95 %7.2f ms  max %7.2f ms%n", kind, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    /** {@link #PER_KIND} distinct JSON bodies of each kind: {@link #texts} as request bodies. */
    static Map<String, List<String>> messages(Random random) throws java.io.IOException {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> kind : texts(random).entrySet()) {
            List<String> bodies = new ArrayList<>();
            for (String text : kind.getValue()) {
                bodies.add(body(text));
            }
            kinds.put(kind.getKey(), bodies);
        }
        return kinds;
    }

    /**
     * {@link #PER_KIND} distinct messages of each kind, each 1,950-2,000 characters; also the long
     * messages of the rule gates' contract test.
     */
    public static Map<String, List<String>> texts(Random random) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("english run-on", new ArrayList<>());
        kinds.put("spanish", new ArrayList<>());
        kinds.put("chinese", new ArrayList<>());
        kinds.put("emoji", new ArrayList<>());
        kinds.put("unknown words", new ArrayList<>());
        for (int i = 0; i < PER_KIND; i++) {
            kinds.get("english run-on").add(LoadMix.runOn(random, 1950));
            kinds.get("spanish").add(fill(random.nextInt(1000) + " " + SPANISH));
            kinds.get("chinese").add(fill(i + CHINESE));
            StringBuilder emoji = new StringBuilder();
            for (int c = 0; c < 1990; c++) {
                emoji.appendCodePoint(0x1F600 + random.nextInt(80));
            }
            kinds.get("emoji").add(emoji.toString());
            StringBuilder words = new StringBuilder();
            while (words.length() < 1990) {
                for (int l = 0; l < 6; l++) {
                    words.append((char) ('a' + random.nextInt(26)));
                }
                words.append(' ');
            }
            kinds.get("unknown words").add(words.substring(0, 1990));
        }
        return kinds;
    }

    private static String fill(String unit) {
        return unit.repeat(2000 / unit.length() + 1).substring(0, 2000);
    }

    private static String body(String message) throws java.io.IOException {
        return JSON.writeValueAsString(Map.of("message", message));
    }
}
