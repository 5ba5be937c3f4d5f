package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.safety.ExemplarVectors;
import org.healthlibrary.assistant.safety.NeighbourOpinion;
import org.healthlibrary.assistant.safety.NeighbourVote;
import org.healthlibrary.assistant.safety.NeighboursConfig;
import org.healthlibrary.assistant.safety.SafetyExemplar;
import org.healthlibrary.assistant.safety.SafetyExemplars;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageEmbedder;
import org.jboss.logging.Logger;

/**
 * Gives the safety screen's meaning-based second opinion ({@link NeighbourVote}) on a message:
 * embeds it with the retrieval embedder (whose cache keeps the vector, so a library question
 * whose retrieval text is the message itself is embedded once) and votes over the shipped
 * exemplars' precomputed vectors ({@link ExemplarVectors}).
 *
 * <p>Contract: empty when switched off, when there is no embedding model, or when no vectors
 * are shipped for the configured model (a warning is logged once). The exemplars and their
 * vectors (about 1.5 MB) are read on first use, not at start-up. Thread-safe.
 */
@ApplicationScoped
public class SecondOpinion {

    private static final Logger LOG = Logger.getLogger(SecondOpinion.class);

    private final LibraryIndex index;
    private final NeighboursConfig config;
    private volatile Loaded loaded;

    public SecondOpinion(LibraryIndex index, NeighboursConfig config) {
        this.index = index;
        this.config = config;
    }

    /**
     * The verdict after the second opinion, recorded in {@code trace}. It runs only where the
     * rules found no emergency and the message carries no lab values ({@code report} is null),
     * and only ever adds an emergency, with the guidance of the category its neighbours share.
     */
    SafetyVerdict review(TraceRecorder trace, String message, SafetyVerdict verdict, CbcReport report) {
        if (verdict.emergency() || report != null) {
            trace.safety(verdict);
            return verdict;
        }
        Optional<NeighbourOpinion> opinion = trace.stage("safety-neighbours", () -> judge(message));
        SafetyVerdict after = opinion.filter(NeighbourOpinion::emergency)
                .map(o -> verdict.withRedFlag(o.asRedFlag())).orElse(verdict);
        trace.safety(after, opinion.map(NeighbourTrace::of).orElse(null));
        return after;
    }

    /** The opinion on {@code message}, or empty when the second opinion is not available. */
    public Optional<NeighbourOpinion> judge(String message) {
        Loaded l = loaded();
        if (l.vote() == null || message == null || message.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(l.vote().judge(l.embedder().embedQuery(message)));
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
        PassageEmbedder embedder = index.embedder();
        if (!config.enabled() || embedder == null) {
            return new Loaded(null, null);
        }
        List<SafetyExemplar> exemplars = SafetyExemplars.shipped();
        Optional<ExemplarVectors> vectors = ExemplarVectors.shipped(embedder.id(), exemplars);
        if (vectors.isEmpty()) {
            LOG.warnf("No safety exemplar vectors are shipped for embedding model %s: the safety screen runs its rules"
                    + " only (no meaning-based second opinion)", embedder.id());
            return new Loaded(null, null);
        }
        return new Loaded(embedder, new NeighbourVote(exemplars, vectors.get().vectors(), config.settings(embedder.id())));
    }

    private record Loaded(PassageEmbedder embedder, NeighbourVote vote) {
    }
}
