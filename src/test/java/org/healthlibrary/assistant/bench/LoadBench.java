package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load test of {@code POST /api/chat} on a running service: at each client count (default 1, 8,
 * 32, 64), that many threads send messages back to back (each waits for its answer) for a fixed
 * time after a warm-up, drawing from {@link LoadMix} (default 1,200 distinct messages), and the
 * program prints answers per second, latency percentiles, errors and the machine's load average.
 * With {@code --server-pid}, it also prints the service's CPU time per answer, which, unlike
 * latency, does not depend much on what else the machine runs. Usage (docs/benchmarks.md):
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.healthlibrary.assistant.bench.LoadBench
 * -Dexec.args="--url http://localhost:8080 --clients 1,8,32,64 --seconds 20"}.
 */
public final class LoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://localhost:8080");
        int[] levels = Arrays.stream(arg(args, "--clients", "1,8,32,64").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "10"));
        int count = Integer.parseInt(arg(args, "--messages", "1200"));
        String pid = arg(args, "--server-pid", null);
        List<String> bodies = new ArrayList<>();
        for (String m : LoadMix.messages(count, 17)) {
            bodies.add(JSON.writeValueAsString(Map.of("message", m)));
        }
        System.out.printf("%d distinct messages; load average before: %s%n", bodies.size(), loadAverage());
        run(url, bodies, Math.max(8, levels[0]), warmup, null);
        System.out.println("clients  answers/s  median ms  p95 ms  p99 ms  errors  server CPU ms/answer  load average");
        for (int clients : levels) {
            Result r = run(url, bodies, clients, seconds, pid);
            System.out.printf("%7d  %9.0f  %9.2f  %6.2f  %6.2f  %6d  %19s  %s%n", clients, r.perSecond(), r.percentile(50),
                    r.percentile(95), r.percentile(99), r.errors(),
                    r.cpuPerAnswer() < 0 ? "-" : "%.2f".formatted(r.cpuPerAnswer()), loadAverage());
        }
    }

    private static Result run(String url, List<String> bodies, int clients, int seconds, String pid)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Latencies> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long cpuBefore = serverCpuMillis(pid);
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            Latencies latencies = new Latencies();
            perThread.add(latencies);
            threads.add(Thread.ofPlatform().start(() -> {
                try (KeepAliveClient client = new KeepAliveClient(url)) {
                    while (System.nanoTime() < end) {
                        String body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = client.postJson("/api/chat", body);
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpuAfter = serverCpuMillis(pid);
        int total = perThread.stream().mapToInt(l -> l.size).sum();
        long[] all = new long[total];
        int k = 0;
        for (Latencies l : perThread) {
            System.arraycopy(l.values, 0, all, k, l.size);
            k += l.size;
        }
        Arrays.sort(all);
        double cpu = cpuBefore < 0 || total == 0 ? -1 : (double) (cpuAfter - cpuBefore) / total;
        return new Result(all, total / elapsed, errors.get(), cpu);
    }

    /** One client thread's latencies in nanoseconds, growing as needed. */
    private static final class Latencies {
        long[] values = new long[16_384];
        int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }
    }

    /** Percentiles of one run, latencies in nanoseconds, sorted. */
    private record Result(long[] sorted, double perSecond, long errors, double cpuPerAnswer) {
        double percentile(int p) {
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
        }
    }

    /** The service's user + system CPU time in ms (Linux /proc), or -1 without a pid. */
    static long serverCpuMillis(String pid) {
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
