package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The covered share is the idf-weighted share of question words a passage contains, in any field. */
class EvidenceCoverageTest {

    private final TinyIndex index = new TinyIndex(List.of(
            new TinyIndex.Doc("Anemia", List.of("low hemoglobin"), "Overview", null, "Anemia makes you tired."),
            new TinyIndex.Doc("Fever", List.of(), "Symptoms", "When is a fever an emergency?", "Call if it is high."),
            new TinyIndex.Doc("Bruises", List.of(), "Overview", null, "Bruises heal in two weeks.")));
    private final IndexSearcher searcher = new IndexSearcher(index.reader);

    private static final QueryTerms.KnownWord ANEMIA = new QueryTerms.KnownWord("anemia", List.of("anemia"), 2.0, true);
    private static final QueryTerms.KnownWord TIRED = new QueryTerms.KnownWord("tired", List.of("tire"), 1.0, false);
    private static final QueryTerms.KnownWord FEVER = new QueryTerms.KnownWord("fever", List.of("fever"), 1.0, true);
    private static final QueryTerms.KnownWord HEMOGLOBIN =
            new QueryTerms.KnownWord("hemoglobin", List.of("hemoglobin"), 1.0, false);

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theShareIsWeightedByRarity() throws IOException {
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, List.of(ANEMIA, TIRED, FEVER));
        double[] shares = coverage.of(new int[] {0, 1, 2});
        assertThat(shares[0]).as("anemia (2) + tired (1) of 4").isCloseTo(0.75, within(1e-9));
        assertThat(shares[1]).as("fever (1) of 4").isCloseTo(0.25, within(1e-9));
        assertThat(shares[2]).isZero();
    }

    @Test
    void candidatesMayComeInAnyOrder() throws IOException {
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, List.of(ANEMIA, TIRED, FEVER));
        assertThat(coverage.of(new int[] {2, 0, 1})).containsExactly(0.0, 0.75, 0.25);
    }

    @Test
    void aSynonymCountsAsCovered() throws IOException {
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, List.of(HEMOGLOBIN));
        assertThat(coverage.of(new int[] {0, 1})).containsExactly(1.0, 0.0);
    }

    @Test
    void aQuestionWithoutKnownWordsCoversNothing() throws IOException {
        assertThat(new EvidenceCoverage(searcher, List.of()).of(new int[] {0, 1, 2})).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void anchoredMeansTitleSynonymsOrQuestionHeadingNameAQuestionWord() throws IOException {
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, List.of(TIRED, FEVER, HEMOGLOBIN));
        // 0: hemoglobin in its synonyms (tired only in the body); 1: fever in title and question; 2: none
        assertThat(coverage.anchored(new int[] {0, 1, 2})).containsExactly(true, true, false);
        assertThat(new EvidenceCoverage(searcher, List.of(TIRED)).anchored(new int[] {0})).containsExactly(false);
    }
}
