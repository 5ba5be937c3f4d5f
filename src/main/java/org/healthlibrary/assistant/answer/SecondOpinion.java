package org.healthlibrary.assistant.answer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.safety.CascadeOpinion;
import org.healthlibrary.assistant.safety.ClinicalContext;
import org.healthlibrary.assistant.safety.EmergencyPrefilter;
import org.healthlibrary.assistant.safety.ExemplarVectors;
import org.healthlibrary.assistant.safety.NeighbourCascade;
import org.healthlibrary.assistant.safety.NeighbourVote;
import org.healthlibrary.assistant.safety.NeighboursConfig;
import org.healthlibrary.assistant.safety.RedFlagCategory;
import org.healthlibrary.assistant.safety.RedFlagScreen;
import org.healthlibrary.assistant.safety.SafetyExemplar;
import org.healthlibrary.assistant.safety.SafetyExemplars;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageEmbedder;
import org.jboss.logging.Logger;

/**
 * Gives the safety screen's meaning-based second opinion ({@link NeighbourCascade}) on a
 * message: the vote ({@link NeighbourVote}) runs with its own model
 * ({@code assistant.safety.neighbours.model}, bge-small-en-v1.5 by default) over the shipped
 * exemplars' precomputed vectors ({@link ExemplarVectors}); when that is not retrieval's model,
 * a prefilter ({@link EmergencyPrefilter}) on retrieval's embedding of the message (which the
 * retrieval embedder's cache keeps, so retrieval does not embed it again) lets only messages
 * near an emergency exemplar pay for the vote's embedding (about 8 ms of CPU for bge).
 *
 * <p>Contract: empty when switched off or when no vectors are shipped for the vote's model (a
 * warning is logged once). The exemplars, their vectors (about 1.5 MB per model) and the vote's
 * model are read on first use, not at start-up. Thread-safe.
 */
@ApplicationScoped
public class SecondOpinion {

    private static final Logger LOG = Logger.getLogger(SecondOpinion.class);
    /** Vote vectors remembered: a patient who repeats a message is not embedded twice (about 1.5 MB). */
    static final int VOTE_CACHE_SIZE = 1_000;
    /** Messages are cut at this many tokens, as when the exemplar vectors were made. */
    private static final int MAX_TOKENS = 128;

    private final LibraryIndex index;
    private final NeighboursConfig config;
    private final EmbeddingModelChoice model;
    private volatile Loaded loaded;

    public SecondOpinion(LibraryIndex index, NeighboursConfig config) {
        this.index = index;
        this.config = config;
        this.model = EmbeddingModelChoice.byId(config.model());
    }

    /**
     * The verdict after the second opinion, recorded in {@code trace}. It runs only where the
     * rules found no emergency and the message carries no lab values ({@code report} is null),
     * and only ever adds an emergency, with the guidance of the category its neighbours share;
     * not where the rules read that category's mentions as supposed, feared or fiction, or the
     * message as an episode that is over ({@link RedFlagScreen#framedAway}).
     */
    SafetyVerdict review(TraceRecorder trace, String message, SafetyVerdict verdict, CbcReport report) {
        if (verdict.emergency() || report != null) {
            trace.safety(verdict);
            return verdict;
        }
        Optional<CascadeOpinion> opinion = trace.stage("safety-neighbours", () -> judge(message));
        SafetyVerdict after = opinion.filter(CascadeOpinion::emergency)
                .filter(o -> !feverTheRulesJudged(o, message))
                .filter(o -> !RedFlagScreen.standard().framedAway(message, o.asRedFlag().category()))
                .map(o -> verdict.withRedFlag(o.asRedFlag())).orElse(verdict);
        trace.safety(after, opinion.map(o -> NeighbourTrace.of(o, loaded().model())).orElse(null));
        return after;
    }

    /**
     * True when the vote says neutropenic fever about a message whose fever the rules read and
     * judged by what the conversation knows: "now I have a fever" after counts above the
     * threshold is not an emergency, and the vote, which sees no conversation, must not make it
     * one. A fever the rules do not read ("shaking chills and 101") is still the vote's to add.
     */
    private static boolean feverTheRulesJudged(CascadeOpinion opinion, String message) {
        return opinion.asRedFlag().category() == RedFlagCategory.NEUTROPENIC_FEVER
                && RedFlagScreen.standard().screen(message, new ClinicalContext(true, true)).emergency();
    }

    /** The opinion on {@code message}, or empty when the second opinion is not available. */
    public Optional<CascadeOpinion> judge(String message) {
        Loaded l = loaded();
        if (l.cascade() == null || message == null || message.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(l.cascade().judge(message));
    }

    @PreDestroy
    void close() {
        Loaded l = loaded;
        if (l != null && l.own() != null) {
            l.own().close();
        }
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded load() {
        if (!config.enabled() || model == EmbeddingModelChoice.NONE) {
            return new Loaded(null, null, null);
        }
        PassageEmbedder retrieval = index.embedder();
        boolean shared = retrieval != null && retrieval.id().equals(model.id() + "-t" + MAX_TOKENS);
        PassageEmbedder voter = shared ? retrieval : PassageEmbedder.forQueries(model, MAX_TOKENS, VOTE_CACHE_SIZE);
        List<SafetyExemplar> exemplars = SafetyExemplars.shipped();
        Optional<ExemplarVectors> vectors = ExemplarVectors.shipped(voter.id(), exemplars);
        if (vectors.isEmpty()) {
            LOG.warnf("No safety exemplar vectors are shipped for embedding model %s: the safety screen runs its rules"
                    + " only (no meaning-based second opinion)", voter.id());
            if (!shared) {
                voter.close();
            }
            return new Loaded(null, null, null);
        }
        NeighbourVote vote = new NeighbourVote(exemplars, vectors.get().vectors(), config.settings(voter.id()));
        NeighbourCascade cascade = shared || retrieval == null ? NeighbourCascade.voteOnly(vote, voter::embedQuery)
                : prefiltered(retrieval, voter, exemplars, vote);
        return new Loaded(cascade, shared ? null : voter, voter.id());
    }

    private NeighbourCascade prefiltered(PassageEmbedder retrieval, PassageEmbedder voter, List<SafetyExemplar> exemplars,
                                         NeighbourVote vote) {
        OptionalDouble threshold = config.prefilter(retrieval.id(), voter.id());
        Optional<ExemplarVectors> retrievalVectors = ExemplarVectors.shipped(retrieval.id(), exemplars);
        if (threshold.isEmpty() || threshold.getAsDouble() <= -2 || retrievalVectors.isEmpty()) {
            return NeighbourCascade.voteOnly(vote, voter::embedQuery);
        }
        return new NeighbourCascade(new EmergencyPrefilter(exemplars, retrievalVectors.get().vectors(),
                threshold.getAsDouble()), retrieval::embedQuery, vote, voter::embedQuery);
    }

    /** The cascade (null when off), the vote's own embedder (null when shared or off), the vote's model id. */
    private record Loaded(NeighbourCascade cascade, PassageEmbedder own, String model) {
    }
}
