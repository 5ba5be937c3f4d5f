package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nearest-neighbour vote decides exactly as documented, on hand-made unit vectors in three
 * dimensions: the nearest exemplar must be an emergency similar enough, and the emergencies'
 * share of the k nearest must reach the bar; the category with the most similarity wins; the
 * crisis flag follows its neighbours.
 */
class NeighbourVoteTest {

    private static SafetyExemplar emergency(String text, RedFlagCategory c, boolean crisis) {
        return new SafetyExemplar(text, true, c, crisis, "emergency", "test");
    }

    private static SafetyExemplar nearMiss(String text, String kind) {
        return new SafetyExemplar(text, false, null, false, kind, "test");
    }

    /** A unit vector at {@code degrees} from the x axis in the x-y plane. */
    private static float[] at(double degrees) {
        double r = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(r), (float) Math.sin(r), 0};
    }

    private static final List<SafetyExemplar> EXEMPLARS = List.of(
            emergency("seizure now", RedFlagCategory.SEIZURE, false),
            emergency("seizure again", RedFlagCategory.SEIZURE, false),
            emergency("fainted", RedFlagCategory.FAINTING, false),
            nearMiss("seizure in 2019", "history"),
            emergency("took all pills on purpose", RedFlagCategory.POISONING, true),
            emergency("toddler ate pills", RedFlagCategory.POISONING, false),
            emergency("took the bottle, want to die", RedFlagCategory.POISONING, true));

    private static final float[][] VECTORS = {at(0), at(5), at(10), at(60), at(180), at(185), at(175)};

    @Test
    void closeEmergencyNeighboursOfOneCategoryMakeAnEmergency() {
        NeighbourVote vote = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.9, 0.8));
        NeighbourOpinion o = vote.judge(at(2));
        assertThat(o.emergency()).isTrue();
        assertThat(o.category()).isEqualTo(RedFlagCategory.SEIZURE);
        assertThat(o.crisis()).isFalse();
        assertThat(o.nearest().text()).isEqualTo("seizure now");
        assertThat(o.nearestSimilarity()).isCloseTo(Math.cos(Math.toRadians(2)), within());
        assertThat(o.emergencyShare()).isEqualTo(1.0);
        assertThat(o.asRedFlag()).isEqualTo(new RedFlagResult(true, RedFlagCategory.SEIZURE, "neighbours:seizure", false));
    }

    @Test
    void aNearMissAmongTheNeighboursLowersTheShareBelowTheBar() {
        // at 40 degrees: seizure again (35), fainted (30), near miss (20) are the three nearest
        NeighbourVote vote = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.5, 0.8));
        NeighbourOpinion o = vote.judge(at(40));
        double s1 = Math.cos(Math.toRadians(20));
        double s2 = Math.cos(Math.toRadians(30));
        double s3 = Math.cos(Math.toRadians(35));
        assertThat(o.nearest().text()).isEqualTo("seizure in 2019");
        assertThat(o.emergencyShare()).isCloseTo((s2 + s3) / (s1 + s2 + s3), within());
        assertThat(o.emergency()).isFalse();
        assertThat(o.category()).isNull();
        assertThat(o.asRedFlag()).isEqualTo(RedFlagResult.none());
    }

    @Test
    void aNearMissNearerThanEveryEmergencyVetoes() {
        // the share (about 0.64) passes a bar of 0.6, but the nearest exemplar is the near miss
        NeighbourOpinion o = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.5, 0.6)).judge(at(40));
        assertThat(o.emergencyShare()).isGreaterThan(0.6);
        assertThat(o.nearestEmergency().text()).isEqualTo("fainted");
        assertThat(o.emergency()).isFalse();
        assertThat(new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.5, 0.0)).judge(at(56)).emergency())
                .isFalse();
    }

    @Test
    void theCategoryWithTheMostSimilarityWinsOverTheNearestOne() {
        // at 12 degrees: fainted (2 away) is nearest, but two seizures (7 and 12 away) weigh more
        NeighbourOpinion o = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.9, 0.8)).judge(at(12));
        assertThat(o.nearest().text()).isEqualTo("fainted");
        assertThat(o.emergency()).isTrue();
        assertThat(o.category()).isEqualTo(RedFlagCategory.SEIZURE);
    }

    @Test
    void theNearestEmergencyMustBeSimilarEnough() {
        NeighbourVote vote = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(1, 0.99, 0.5));
        assertThat(vote.judge(at(2)).emergency()).isTrue();
        assertThat(vote.judge(at(20)).emergency()).isFalse();
        assertThat(vote.judge(at(20)).emergencySimilarity()).isCloseTo(Math.cos(Math.toRadians(10)), within());
    }

    @Test
    void theCategoryWithTheMostSimilarityWinsAndCrisisFollowsItsNeighbours() {
        NeighbourVote vote = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.9, 0.8));
        NeighbourOpinion o = vote.judge(at(178));
        assertThat(o.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(o.crisis()).isTrue();
        assertThat(o.asRedFlag().crisis()).isTrue();
        NeighbourOpinion accidental = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(1, 0.9, 0.8)).judge(at(186));
        assertThat(accidental.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(accidental.crisis()).isFalse();
    }

    @Test
    void vectorsNeedNotBeUnitLengthAndNoExemplarsMeanNoOpinion() {
        NeighbourVote vote = new NeighbourVote(EXEMPLARS, VECTORS, new NeighbourSettings(3, 0.9, 0.8));
        assertThat(vote.judge(new float[] {5, 0.1f, 0}).category()).isEqualTo(RedFlagCategory.SEIZURE);
        NeighbourOpinion none = new NeighbourVote(List.of(), new float[0][], NeighbourSettings.fitted()).judge(at(0));
        assertThat(none.emergency()).isFalse();
        assertThat(none.nearest()).isNull();
    }

    @Test
    void settingsAndSizesAreChecked() {
        assertThatThrownBy(() -> new NeighbourSettings(0, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbourSettings(3, 1.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbourSettings(3, 0.5, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbourVote(EXEMPLARS, new float[2][3], NeighbourSettings.fitted()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vectorsSurviveTheShippedFormat() throws IOException {
        ExemplarVectors written = new ExemplarVectors("test-model", SafetyExemplars.fingerprint(EXEMPLARS), VECTORS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written.write(out);
        ExemplarVectors read = ExemplarVectors.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.embedderId()).isEqualTo("test-model");
        assertThat(read.fingerprint()).isEqualTo(SafetyExemplars.fingerprint(EXEMPLARS));
        for (int i = 0; i < VECTORS.length; i++) {
            for (int d = 0; d < 3; d++) {
                assertThat(read.vectors()[i][d]).isCloseTo(VECTORS[i][d], org.assertj.core.api.Assertions.within(1e-3f));
            }
        }
        assertThatThrownBy(() -> ExemplarVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
