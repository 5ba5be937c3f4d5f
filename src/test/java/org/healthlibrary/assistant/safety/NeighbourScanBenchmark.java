package org.healthlibrary.assistant.safety;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the second opinion's scans over the shipped exemplars (issue 17: in a
 * profile at 8 clients, the prefilter's and the vote's similarity loops took 27% of the request
 * threads' samples): {@link EmergencyPrefilter#nearest} and {@link NeighbourVote#judge} as
 * shipped, against {@code scalarScan}, the double-accumulating loop they used before, over the
 * same MiniLM vectors. Forked with the vector API module, as the packaged service runs. A
 * program that prints figures (command in {@code docs/benchmarks.md}), not a test.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class NeighbourScanBenchmark {

    private final List<SafetyExemplar> exemplars = SafetyExemplars.shipped();
    private final float[][] vectors = ExemplarVectors.shipped("all-minilm-l6-v2-q-t128", exemplars).orElseThrow().vectors();
    private final EmergencyPrefilter prefilter = new EmergencyPrefilter(exemplars, vectors, -0.084);
    private final NeighbourVote vote = new NeighbourVote(exemplars, vectors, NeighbourSettings.fitted("all-minilm-l6-v2-q"));
    /** A message-like vector: one exemplar's vector, nudged so that it is nobody's exact copy. */
    private final float[] query = nudged(vectors[vectors.length / 2]);

    private static float[] nudged(float[] v) {
        float[] q = v.clone();
        for (int i = 0; i < q.length; i += 7) {
            q[i] += 0.01f;
        }
        return q;
    }

    @Benchmark
    public EmergencyPrefilter.Nearest prefilterNearest() {
        return prefilter.nearest(query);
    }

    @Benchmark
    public NeighbourOpinion voteJudge() {
        return vote.judge(query);
    }

    /** The loop both used before: one double-accumulated product per exemplar, the best kept. */
    @Benchmark
    public double scalarScan() {
        float[] v = ExemplarVectors.normalize(query.clone());
        double best = -1;
        for (float[] e : vectors) {
            double s = 0;
            for (int d = 0; d < v.length; d++) {
                s += v[d] * e[d];
            }
            best = Math.max(best, s);
        }
        return best;
    }
}
