package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fusion arithmetic: weighted min-max fusion and reciprocal rank fusion, both scaled so the best is 1. */
class HybridRetrievalTest {

    private static HybridRetrieval.Candidate candidate(int doc, float bm25, float cosine) {
        HybridRetrieval.Candidate c = new HybridRetrieval.Candidate(doc);
        c.bm25 = bm25;
        c.cosine = cosine;
        return c;
    }

    @Test
    void weightedFusionAddsNormalisedScores() {
        List<HybridRetrieval.Candidate> c = List.of(candidate(0, 10, 0.5f), candidate(1, 5, 0.9f), candidate(2, 0, 0.7f));
        HybridRetrieval.fuse(c, SearchSettings.defaults().withFusion(FusionMethod.WEIGHTED, 0.5, 60, 40));
        // raw: 0.5*1 + 0.5*0 = 0.5; 0.5*0.5 + 0.5*1 = 0.75; 0 + 0.5*0.5 = 0.25; scaled by 0.75
        assertThat(c.get(0).fused).isCloseTo(0.5 / 0.75, within(1e-6));
        assertThat(c.get(1).fused).isCloseTo(1.0, within(1e-6));
        assertThat(c.get(2).fused).isCloseTo(0.25 / 0.75, within(1e-6));
    }

    @Test
    void weightZeroIsBm25AndWeightOneIsDense() {
        List<HybridRetrieval.Candidate> c = List.of(candidate(0, 10, 0.5f), candidate(1, 5, 0.9f));
        HybridRetrieval.fuse(c, SearchSettings.defaults().withFusion(FusionMethod.WEIGHTED, 0, 60, 40));
        assertThat(c.get(0).fused).isEqualTo(1.0);
        assertThat(c.get(1).fused).isCloseTo(0.5, within(1e-6));
        HybridRetrieval.fuse(c, SearchSettings.defaults().withFusion(FusionMethod.WEIGHTED, 1, 60, 40));
        assertThat(c.get(0).fused).isEqualTo(0.0);
        assertThat(c.get(1).fused).isEqualTo(1.0);
    }

    @Test
    void reciprocalRankFusionSumsOneOverKPlusRankAndIgnoresLexicalMisses() {
        List<HybridRetrieval.Candidate> c = List.of(candidate(0, 10, 0.5f), candidate(1, 5, 0.9f), candidate(2, 0, 0.7f));
        HybridRetrieval.fuse(c, SearchSettings.defaults().withFusion(FusionMethod.RRF, 0.5, 10, 40));
        double d0 = 1.0 / 11 + 1.0 / 13;
        double d1 = 1.0 / 12 + 1.0 / 11;
        double d2 = 1.0 / 12; // no BM25 match: dense rank only
        assertThat(c.get(1).fused).isCloseTo(1.0, within(1e-9));
        assertThat(c.get(0).fused).isCloseTo(d0 / d1, within(1e-9));
        assertThat(c.get(2).fused).isCloseTo(d2 / d1, within(1e-9));
    }
}
