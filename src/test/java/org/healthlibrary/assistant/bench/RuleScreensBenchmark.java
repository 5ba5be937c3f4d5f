package org.healthlibrary.assistant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.healthlibrary.assistant.safety.DoseRequestDetector;
import org.healthlibrary.assistant.safety.RedFlagResult;
import org.healthlibrary.assistant.safety.RedFlagScreen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the two rule screens every message goes through (issue 17: on 2,000-character
 * messages the dose-request rules alone took about a quarter of the CPU): {@link
 * DoseRequestDetector#isDoseRequest} and {@link RedFlagScreen#screen(String)}, each timed per
 * message (normalisation included) on 40 distinct messages of one {@link #kind}: the long kinds of
 * {@link LongMessageBench} that are mostly letters (English run-on, Spanish, run-ons of unknown
 * words) and the short messages of the {@link LoadMix} (questions, lab values, emergencies,
 * off-topic). A program that prints figures (command in {@code docs/benchmarks.md}), not a test.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class RuleScreensBenchmark {

    /** Which messages: a kind of {@link LongMessageBench#texts}, or {@code short mix}. */
    @Param({"english run-on", "spanish", "unknown words", "short mix"})
    public String kind;

    private final DoseRequestDetector doses = DoseRequestDetector.standard();
    private final RedFlagScreen redFlags = RedFlagScreen.standard();
    private List<String> messages;
    private int next;

    @Setup
    public void pick() {
        if (kind.equals("short mix")) {
            messages = new ArrayList<>();
            for (String m : LoadMix.messages(400, 23)) {
                if (m.length() < 200 && messages.size() < 40) {
                    messages.add(m);
                }
            }
        } else {
            messages = LongMessageBench.texts(new Random(23)).get(kind);
        }
        if (messages == null || messages.size() != 40) {
            throw new IllegalStateException("no 40 messages of kind " + kind);
        }
    }

    private String message() {
        String m = messages.get(next);
        next = (next + 1) % messages.size();
        return m;
    }

    @Benchmark
    public boolean doseRequest() {
        return doses.isDoseRequest(message());
    }

    @Benchmark
    public RedFlagResult redFlagScreen() {
        return redFlags.screen(message());
    }
}
