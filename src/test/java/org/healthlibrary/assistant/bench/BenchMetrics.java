package org.healthlibrary.assistant.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics over a query set, binary relevance: hit@k (a relevant passage in the first
 * k), MRR@10 (1 / rank of the first relevant passage, 0 beyond 10), nDCG@10 (ideal DCG over
 * min(relevant, 10) passages), recall@10 (share of the relevant passages in the first 10),
 * and latency percentiles (nearest rank). Not thread-safe: one instance per system and subset.
 */
final class BenchMetrics {

    private int queries;
    private double hit1;
    private double hit3;
    private double hit10;
    private double mrr10;
    private double ndcg10;
    private double recall10;
    private double[] millis = new double[64];

    /** Records one query's ranking (passage ids, best first) and its latency. */
    void add(List<String> ranked, List<String> relevant, double ms) {
        Set<String> rel = new HashSet<>(relevant);
        int first = 0;
        double dcg = 0;
        int found = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (rel.contains(ranked.get(i))) {
                if (first == 0) {
                    first = i + 1;
                }
                dcg += 1 / log2(i + 2);
                found++;
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, rel.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        hit1 += first == 1 ? 1 : 0;
        hit3 += first >= 1 && first <= 3 ? 1 : 0;
        hit10 += first >= 1 ? 1 : 0;
        mrr10 += first >= 1 ? 1.0 / first : 0;
        ndcg10 += dcg / ideal;
        recall10 += (double) found / rel.size();
        if (queries == millis.length) {
            millis = Arrays.copyOf(millis, queries * 2);
        }
        millis[queries++] = ms;
    }

    int queries() {
        return queries;
    }

    double mrr10() {
        return queries == 0 ? 0 : mrr10 / queries;
    }

    /** The result object, in the benchmark's JSON field order. */
    Map<String, Object> toMap(String system, double indexSeconds) {
        double[] sorted = Arrays.copyOf(millis, queries);
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("system", system);
        m.put("queries", queries);
        m.put("hit1", round(hit1 / queries));
        m.put("hit3", round(hit3 / queries));
        m.put("hit10", round(hit10 / queries));
        m.put("mrr10", round(mrr10 / queries));
        m.put("ndcg10", round(ndcg10 / queries));
        m.put("recall10", round(recall10 / queries));
        m.put("p50Ms", round(percentile(sorted, 0.50)));
        m.put("p95Ms", round(percentile(sorted, 0.95)));
        m.put("p99Ms", round(percentile(sorted, 0.99)));
        m.put("indexSeconds", Math.round(indexSeconds * 10) / 10.0);
        return m;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
