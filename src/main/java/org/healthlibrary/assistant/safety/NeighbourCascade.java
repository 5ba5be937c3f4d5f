package org.healthlibrary.assistant.safety;

import java.util.Objects;

/**
 * The second opinion as a cascade: an optional cheap {@link EmergencyPrefilter} on the
 * embedding the message already has for retrieval, then the {@link NeighbourVote} on the vote
 * model's own embedding, which is computed only for messages that pass.
 *
 * <p>Contract: {@link #judge(String)} embeds the message with the prefilter embedding (when
 * there is a prefilter) and, when the message passes (or there is no prefilter), with the vote
 * embedding, and returns what each stage saw. A message below the prefilter's threshold is
 * never given to the vote embedding. Thread-safe when the embeddings are.
 */
public final class NeighbourCascade {

    private final EmergencyPrefilter prefilter;
    private final MessageEmbedding prefilterEmbedding;
    private final NeighbourVote vote;
    private final MessageEmbedding voteEmbedding;

    /**
     * A cascade; {@code prefilter} and {@code prefilterEmbedding} are both null (every message
     * is voted on) or both set.
     */
    public NeighbourCascade(EmergencyPrefilter prefilter, MessageEmbedding prefilterEmbedding, NeighbourVote vote,
                            MessageEmbedding voteEmbedding) {
        if ((prefilter == null) != (prefilterEmbedding == null)) {
            throw new IllegalArgumentException("a prefilter needs its embedding, and an embedding its prefilter");
        }
        this.prefilter = prefilter;
        this.prefilterEmbedding = prefilterEmbedding;
        this.vote = Objects.requireNonNull(vote, "vote");
        this.voteEmbedding = Objects.requireNonNull(voteEmbedding, "voteEmbedding");
    }

    /** A cascade without a prefilter: every message is voted on. */
    public static NeighbourCascade voteOnly(NeighbourVote vote, MessageEmbedding voteEmbedding) {
        return new NeighbourCascade(null, null, vote, voteEmbedding);
    }

    /** The vote (for its settings and size). */
    public NeighbourVote vote() {
        return vote;
    }

    /** The prefilter, or {@code null} when every message is voted on. */
    public EmergencyPrefilter prefilter() {
        return prefilter;
    }

    /** What the cascade says about {@code message}. */
    public CascadeOpinion judge(String message) {
        Objects.requireNonNull(message, "message");
        EmergencyPrefilter.Nearest first = prefilter == null ? null
                : prefilter.nearest(prefilterEmbedding.embed(message));
        if (first != null && !first.passes()) {
            return new CascadeOpinion(first, null);
        }
        return new CascadeOpinion(first, vote.judge(voteEmbedding.embed(message)));
    }
}
