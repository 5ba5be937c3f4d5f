package org.healthlibrary.assistant.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's metrics on hand-checked rankings. */
class BenchMetricsTest {

    @Test
    void metricsOfTwoQueries() {
        BenchMetrics m = new BenchMetrics();
        // Relevant at rank 2 (of one relevant passage).
        m.add(List.of("a", "b", "c"), List.of("b"), 4.0);
        // Two relevant passages, at ranks 1 and 3.
        m.add(List.of("x", "y", "z"), List.of("x", "z"), 8.0);
        Map<String, Object> r = m.toMap("test", 1.25);

        assertThat(r.get("queries")).isEqualTo(2);
        assertThat(r.get("hit1")).isEqualTo(0.5);
        assertThat(r.get("hit3")).isEqualTo(1.0);
        assertThat(r.get("hit10")).isEqualTo(1.0);
        assertThat(r.get("mrr10")).isEqualTo(0.75);
        double ndcg1 = 1 / log2(3);
        double ndcg2 = (1 + 1 / log2(4)) / (1 + 1 / log2(3));
        assertThat((Double) r.get("ndcg10")).isCloseTo((ndcg1 + ndcg2) / 2, within(1e-4));
        assertThat(r.get("recall10")).isEqualTo(1.0);
        assertThat(r.get("p50Ms")).isEqualTo(4.0);
        assertThat(r.get("p99Ms")).isEqualTo(8.0);
        assertThat(r.get("indexSeconds")).isEqualTo(1.3);
    }

    @Test
    void aRelevantPassageBeyondTenCountsAsAMiss() {
        BenchMetrics m = new BenchMetrics();
        List<String> ranked = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "r");
        m.add(ranked, List.of("r", "s"), 1.0);
        Map<String, Object> r = m.toMap("test", 0);
        assertThat(r.get("hit10")).isEqualTo(0.0);
        assertThat(r.get("mrr10")).isEqualTo(0.0);
        assertThat(r.get("recall10")).isEqualTo(0.0);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(BenchMetrics.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(BenchMetrics.percentile(sorted, 0.95)).isEqualTo(10);
        assertThat(BenchMetrics.percentile(new double[0], 0.5)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
