package org.healthlibrary.assistant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's question perturbations are deterministic and touch what they say. */
class BenchCorpusTest {

    @Test
    void aTypoSwapsTwoLettersOfTheLongestWordAtAPlaceFixedByTheId() {
        assertThat(BenchCorpus.typo("NHLBI/1/1-2", "What are the symptoms of thrombocytopenia ?"))
                .isEqualTo("What are the symptoms of thrmobocytopenia ?");
        assertThat(BenchCorpus.typo("x", "Is it bad ?")).as("no word of 7+ letters").isEqualTo("Is it bad ?");
    }

    @Test
    void britishSpellings() {
        assertThat(BenchCorpus.british("What is (are) Hemophilia and anemia in leukemia ?"))
                .isEqualTo("What is (are) Haemophilia and anaemia in leukaemia ?");
        assertThat(BenchCorpus.british("How to diagnose Esophageal tumors and edema ?"))
                .isEqualTo("How to diagnose Oesophageal tumours and oedema ?");
        assertThat(BenchCorpus.british("What are the treatments for pediatric hematologic cancer ?"))
                .isEqualTo("What are the treatments for paediatric haematologic cancer ?");
    }

    @Test
    void pageSamplesKeepWholePages() {
        List<BenchCorpus.Doc> docs = List.of(new BenchCorpus.Doc("S/1/1-1", "t", "", "a"),
                new BenchCorpus.Doc("S/1/1-2", "t", "", "b"), new BenchCorpus.Doc("S/2/2-1", "t", "", "c"),
                new BenchCorpus.Doc("S/3/3-1", "t", "", "d"));
        List<BenchCorpus.Doc> sample = BenchCorpus.samplePages(docs, 2, 7);
        assertThat(sample.stream().map(BenchCorpus.Doc::id).filter(id -> id.startsWith("S/1/")).count())
                .isIn(0L, 2L);
        assertThat(sample.size()).isGreaterThanOrEqualTo(2);
    }
}
