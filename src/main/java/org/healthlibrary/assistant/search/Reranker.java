package org.healthlibrary.assistant.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * Re-orders the first-stage candidates (BM25, or BM25 fused with dense retrieval) with signals
 * neither sees ({@link RerankFeatures}), each bounded so that the sum stays interpretable:
 * <ul>
 *   <li>intent: the passage is the kind the question asks for (a "how is it treated" question
 *       prefers Treatment);</li>
 *   <li>heading: how closely a question heading matches the question, as the cubed Jaccard
 *       overlap of their words (synonyms count), so "Is pancytopenia leukemia?" finds its own
 *       question rather than every question that names pancytopenia;</li>
 *   <li>coverage: the share of the question's words the passage contains;</li>
 *   <li>subject: the article's title names the question's first word that names a topic, its
 *       usual subject ("Is pancytopenia leukemia?" is about pancytopenia);</li>
 *   <li>cosine: the question's and the passage's embeddings (already at hand from the first
 *       stage, which fuses it relative to the other candidates).</li>
 * </ul>
 * The first-stage score enters normalised to 0..1 (1 for the best candidate). The score is the
 * sum of the features times {@link RerankWeights} ({@link RerankWeights#SHIPPED}; the fitted
 * ones are measured against them in docs/benchmarks.md). Deterministic; ties keep first-stage order. Thread-safe.
 */
final class Reranker {

    private final LibraryAnalyzer headingAnalyzer = LibraryAnalyzer.forQueries(null);
    private final RerankWeights weights;

    /** A reranker with the shipped weights. */
    Reranker() {
        this(RerankWeights.SHIPPED);
    }

    Reranker(RerankWeights weights) {
        this.weights = weights;
    }

    /** The signals of one candidate; {@code cosine} is NaN without an embedding model. */
    RerankFeatures features(double retrieval, float cosine, Passage passage, QuestionIntent passageIntent,
                            QuestionIntent intent, QueryTerms terms, double coverage) {
        double intentMatch = intent != QuestionIntent.OTHER && passageIntent == intent ? 1 : 0;
        double heading = 0;
        if (passage.question() != null) {
            double j = headingOverlap(passage.question(), terms);
            heading = j * j * j;
        }
        QueryTerms.KnownWord subject = terms.known().stream().filter(QueryTerms.KnownWord::topic).findFirst().orElse(null);
        double subjectMatch = subject != null && mentions(passage.articleTitle(), subject) ? 1 : 0;
        return new RerankFeatures(retrieval, intentMatch, heading, coverage, subjectMatch,
                Float.isNaN(cosine) ? 0 : cosine);
    }

    /** The combined score of one candidate. */
    double score(RerankFeatures features) {
        return weights.score(features);
    }

    private boolean mentions(String title, QueryTerms.KnownWord word) {
        List<String> titleTerms = headingAnalyzer.terms(title);
        return word.terms().stream().anyMatch(titleTerms::contains);
    }

    /** Jaccard overlap between the question's known words and the heading's words. */
    double headingOverlap(String heading, QueryTerms terms) {
        Set<String> headingTerms = new HashSet<>(headingAnalyzer.terms(heading));
        if (headingTerms.isEmpty() || terms.known().isEmpty()) {
            return 0;
        }
        int matched = 0;
        Set<String> used = new HashSet<>();
        for (QueryTerms.KnownWord w : terms.known()) {
            List<String> hits = w.terms().stream().filter(headingTerms::contains).toList();
            if (!hits.isEmpty()) {
                matched++;
                used.addAll(hits);
            }
        }
        int union = terms.known().size() + headingTerms.size() - used.size();
        return union == 0 ? 0 : (double) matched / union;
    }
}
