package org.healthlibrary.assistant.safety;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The meaning-based second opinion of the safety screen ({@link NeighbourVote}). By default it
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

    /** Neighbours that vote; unset: the fitted value. */
    OptionalInt k();

    /** The least cosine similarity of the nearest emergency neighbour; unset: the fitted value. */
    OptionalDouble minSimilarity();

    /** The least share of the neighbours' similarity held by emergencies (0..1); unset: the fitted value. */
    OptionalDouble minShare();

    /** The settings for the embedder {@code embedderId}: its fitted ones with any override applied. */
    default NeighbourSettings settings(String embedderId) {
        NeighbourSettings fitted = NeighbourSettings.fitted(embedderId);
        return new NeighbourSettings(k().orElse(fitted.k()), minSimilarity().orElse(fitted.minSimilarity()),
                minShare().orElse(fitted.minShare()));
    }
}
