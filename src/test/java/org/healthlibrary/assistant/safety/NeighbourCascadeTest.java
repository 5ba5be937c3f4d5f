package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The second opinion's cascade: the prefilter scores a message by the margin of its nearest
 * emergency exemplar over its nearest other exemplar (retrieval's embedding); below the least
 * margin the vote's own embedding is never computed; at or above it, the vote decides. Hand-made
 * unit vectors in the x-y plane, counting fake embedders.
 */
class NeighbourCascadeTest {

    private static final List<SafetyExemplar> EXEMPLARS = List.of(
            new SafetyExemplar("seizure now", true, RedFlagCategory.SEIZURE, false, "emergency", "test"),
            new SafetyExemplar("seizure again", true, RedFlagCategory.SEIZURE, false, "emergency", "test"),
            new SafetyExemplar("what is a seizure", false, null, false, "educational", "test"));

    /** The prefilter model: the emergencies at 0 and 10 degrees, the question at 90. */
    private static final float[][] PREFILTER_VECTORS = {at(0), at(10), at(90)};
    /** The vote model: the emergencies at 0 and 5 degrees, the question at 120. */
    private static final float[][] VOTE_VECTORS = {at(0), at(5), at(120)};

    /** An embedding that looks messages up in a table and counts its calls. */
    private static final class CountingEmbedding implements MessageEmbedding {
        final Map<String, float[]> table;
        final List<String> calls = new ArrayList<>();

        CountingEmbedding(Map<String, float[]> table) {
            this.table = table;
        }

        @Override
        public float[] embed(String message) {
            calls.add(message);
            return table.get(message);
        }
    }

    private static float[] at(double degrees) {
        double r = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(r), (float) Math.sin(r), 0};
    }

    private final CountingEmbedding retrieval = new CountingEmbedding(Map.of(
            "far from every emergency", at(80), "near an emergency", at(20)));
    private final CountingEmbedding voteModel = new CountingEmbedding(Map.of(
            "far from every emergency", at(3), "near an emergency", at(2)));

    private NeighbourCascade cascade(double minMargin) {
        return new NeighbourCascade(new EmergencyPrefilter(EXEMPLARS, PREFILTER_VECTORS, minMargin), retrieval::embed,
                new NeighbourVote(EXEMPLARS, VOTE_VECTORS, new NeighbourSettings(2, 0.9, 0.8)), voteModel::embed);
    }

    @Test
    void belowTheLeastMarginTheVoteModelIsNeverCalled() {
        // at 80 degrees: nearest emergency at 10 (cos 70), nearest other at 90 (cos 10): margin about -0.64
        CascadeOpinion o = cascade(-0.084).judge("far from every emergency");
        assertThat(retrieval.calls).containsExactly("far from every emergency");
        assertThat(voteModel.calls).isEmpty();
        assertThat(o.vote()).isNull();
        assertThat(o.emergency()).isFalse();
        assertThat(o.asRedFlag()).isEqualTo(RedFlagResult.none());
        assertThat(o.prefilter().passes()).isFalse();
        assertThat(o.prefilter().emergency().text()).isEqualTo("seizure again");
        assertThat(o.prefilter().similarity()).isCloseTo(Math.cos(Math.toRadians(70)), within());
        assertThat(o.prefilter().nonEmergencySimilarity()).isCloseTo(Math.cos(Math.toRadians(10)), within());
        assertThat(o.prefilter().margin()).isCloseTo(Math.cos(Math.toRadians(70)) - Math.cos(Math.toRadians(10)), within());
    }

    @Test
    void atOrAboveTheLeastMarginTheVoteDecides() {
        // at 20 degrees: nearest emergency at 10 (cos 10), nearest other at 90 (cos 70): margin about +0.64
        CascadeOpinion o = cascade(-0.084).judge("near an emergency");
        assertThat(retrieval.calls).containsExactly("near an emergency");
        assertThat(voteModel.calls).containsExactly("near an emergency");
        assertThat(o.prefilter().passes()).isTrue();
        assertThat(o.emergency()).isTrue();
        assertThat(o.vote().category()).isEqualTo(RedFlagCategory.SEIZURE);
        assertThat(o.asRedFlag()).isEqualTo(new RedFlagResult(true, RedFlagCategory.SEIZURE, "neighbours:seizure", false));
    }

    @Test
    void theVoteNotThePrefilterSaysWhetherItIsAnEmergency() {
        // the prefilter lets everything through; the vote model puts this message next to the question
        CountingEmbedding nearTheQuestion = new CountingEmbedding(Map.of("far from every emergency", at(118)));
        NeighbourCascade c = new NeighbourCascade(new EmergencyPrefilter(EXEMPLARS, PREFILTER_VECTORS, -2), retrieval::embed,
                new NeighbourVote(EXEMPLARS, VOTE_VECTORS, new NeighbourSettings(2, 0.9, 0.8)), nearTheQuestion::embed);
        CascadeOpinion o = c.judge("far from every emergency");
        assertThat(o.prefilter().passes()).isTrue();
        assertThat(nearTheQuestion.calls).containsExactly("far from every emergency");
        assertThat(o.emergency()).isFalse();
        assertThat(o.vote().nearest().text()).isEqualTo("what is a seizure");
    }

    @Test
    void withoutAPrefilterEveryMessageIsVotedOnAndOnlyTheVoteModelIsCalled() {
        NeighbourCascade c = NeighbourCascade.voteOnly(
                new NeighbourVote(EXEMPLARS, VOTE_VECTORS, new NeighbourSettings(2, 0.9, 0.8)), voteModel::embed);
        CascadeOpinion o = c.judge("far from every emergency");
        assertThat(retrieval.calls).isEmpty();
        assertThat(voteModel.calls).containsExactly("far from every emergency");
        assertThat(o.prefilter()).isNull();
        assertThat(o.emergency()).isTrue();
        assertThat(o.vote().category()).isEqualTo(RedFlagCategory.SEIZURE);
    }

    @Test
    void thePrefilterIsFittedForAllMiniLmInFrontOfBgeOnly() {
        assertThat(NeighbourSettings.fittedPrefilter("all-minilm-l6-v2-q-t128", "bge-small-en-v15-q-t128"))
                .isEqualTo(OptionalDouble.of(-0.084));
        assertThat(NeighbourSettings.fittedPrefilter("bge-small-en-v15-q-t128", "all-minilm-l6-v2-q-t128")).isEmpty();
        assertThat(NeighbourSettings.fittedPrefilter(null, "bge-small-en-v15-q-t128")).isEmpty();
    }

    @Test
    void aPrefilterNeedsItsEmbeddingAndSaneBounds() {
        NeighbourVote vote = new NeighbourVote(EXEMPLARS, VOTE_VECTORS, NeighbourSettings.fitted());
        assertThatThrownBy(() -> new NeighbourCascade(new EmergencyPrefilter(EXEMPLARS, PREFILTER_VECTORS, 0), null, vote,
                voteModel::embed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmergencyPrefilter(EXEMPLARS, PREFILTER_VECTORS, 2.5))
                .hasMessage("minMargin must be from -2 to 2, was 2.5");
        assertThatThrownBy(() -> new EmergencyPrefilter(EXEMPLARS, new float[][] {at(0)}, 0))
                .hasMessage("3 exemplars but 1 vectors");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
