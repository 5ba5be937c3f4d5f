package org.healthlibrary.assistant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairwise fit learns which feature marks the acceptable candidate, deterministically. */
class PairwiseFitTest {

    // feature 0 marks the acceptable candidate; feature 1 is noise that favours the wrong one once
    private static final List<PairwiseFit.Group> GROUPS = List.of(
            new PairwiseFit.Group(new double[][] {{0, 1}, {1, 0}}, new boolean[] {false, true}),
            new PairwiseFit.Group(new double[][] {{1, 0}, {0, 0}, {0, 0}}, new boolean[] {true, false, false}),
            new PairwiseFit.Group(new double[][] {{0, 0}, {1, 1}}, new boolean[] {false, true}));

    @Test
    void theMarkingFeatureGetsThePositiveWeightAndEveryGroupIsRight() {
        double[] w = PairwiseFit.fit(GROUPS, 2, 0.01, 500, 1.0);
        assertThat(w[0]).isGreaterThan(1.0);
        assertThat(w[0]).isGreaterThan(Math.abs(w[1]));
        assertThat(PairwiseFit.topOneAccuracy(GROUPS, w)).isEqualTo(1.0);
        assertThat(PairwiseFit.fit(GROUPS, 2, 0.01, 500, 1.0)).containsExactly(w);
    }

    @Test
    void groupsWithoutAnAcceptableCandidateTeachNothingButCountAsMisses() {
        PairwiseFit.Group none = new PairwiseFit.Group(new double[][] {{1, 0}}, new boolean[] {false});
        assertThat(none.informative()).isFalse();
        assertThat(PairwiseFit.fit(List.of(none), 2, 0.01, 100, 1.0)).containsExactly(0.0, 0.0);
        assertThat(PairwiseFit.topOneAccuracy(List.of(GROUPS.get(1), none), new double[] {1, 0})).isEqualTo(0.5);
    }

    @Test
    void tiesGoToTheEarlierCandidate() {
        PairwiseFit.Group tie = new PairwiseFit.Group(new double[][] {{1, 0}, {1, 0}}, new boolean[] {true, false});
        assertThat(tie.topAcceptable(new double[] {1, 0})).isTrue();
    }
}
