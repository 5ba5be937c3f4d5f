package org.healthlibrary.assistant.safety;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The meaning-based second opinion of the safety screen ({@link NeighbourCascade}): which
 * model votes, the prefilter in front of it, and the vote's operating point. By default it
 * runs at the operating point fitted by leave-one-round-out evaluation
 * ({@link NeighbourSettings#fitted(String)}, docs/safety-evaluation.md); the overrides exist for
 * re-fitting experiments, not for tuning by hand.
 */
@ConfigMapping(prefix = "assistant.safety.neighbours")
public interface NeighboursConfig {

    /**
     * Whether messages the red-flag rules let through (and that carry no lab values) are
     * compared with the shipped exemplar messages by meaning. It needs an embedding model
     * ({@code assistant.search.embedding-model} not {@code none}) with exemplar vectors shipped
     * for it; otherwise only the rules run (a warning says so once).
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * The embedding model the vote compares messages with: {@code bge-small-en-v15-q} (the
     * default: on blind round 5 it caught 137 of 141 emergencies with the rules, against 128
     * with all-MiniLM-L6-v2), {@code all-minilm-l6-v2-q} or {@code none} (no second opinion).
     * It need not be retrieval's model ({@code assistant.search.embedding-model}); when it is
     * not, it gets its own in-process embedder and runs only on messages that pass the
     * prefilter ({@link #prefilterMinSimilarity()}).
     */
    @WithDefault("bge-small-en-v15-q")
    String model();

    /**
     * The cascade's cheap first stage ({@link EmergencyPrefilter}): the least margin, by
     * retrieval's embedding of the message, of the nearest emergency exemplar's similarity over
     * the nearest other exemplar's for the vote's own model to be run; unset: the fitted value
     * ({@link NeighbourSettings#fittedPrefilter}; without one every message is voted on); -2:
     * every message is voted on. Used only when the vote's model is not retrieval's.
     */
    OptionalDouble prefilterMinMargin();

    /** Neighbours that vote; unset: the fitted value. */
    OptionalInt k();

    /** The least cosine similarity of the nearest emergency neighbour; unset: the fitted value. */
    OptionalDouble minSimilarity();

    /** The least share of the neighbours' similarity held by emergencies (0..1); unset: the fitted value. */
    OptionalDouble minShare();

    /**
     * The prefilter's least margin in front of a vote with {@code voteEmbedderId} on messages
     * embedded by {@code prefilterEmbedderId}: the override, else the fitted value, else empty.
     */
    default OptionalDouble prefilter(String prefilterEmbedderId, String voteEmbedderId) {
        return prefilterMinMargin().isPresent() ? prefilterMinMargin()
                : NeighbourSettings.fittedPrefilter(prefilterEmbedderId, voteEmbedderId);
    }

    /** The settings for the embedder {@code embedderId}: its fitted ones with any override applied. */
    default NeighbourSettings settings(String embedderId) {
        NeighbourSettings fitted = NeighbourSettings.fitted(embedderId);
        return new NeighbourSettings(k().orElse(fitted.k()), minSimilarity().orElse(fitted.minSimilarity()),
                minShare().orElse(fitted.minShare()));
    }
}
