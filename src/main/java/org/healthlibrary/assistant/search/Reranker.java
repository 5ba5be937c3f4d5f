package org.healthlibrary.assistant.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * Re-orders the first-stage candidates (BM25, or BM25 fused with dense retrieval) with signals
 * neither sees, each bounded so that the sum stays interpretable:
 * <ul>
 *   <li>{@link #INTENT_WEIGHT}: the passage is the kind the question asks for (a "how is it
 *       treated" question prefers Treatment);</li>
 *   <li>{@link #HEADING_WEIGHT}: how closely a question heading matches the question, as the
 *       cubed Jaccard overlap of their words (synonyms count), so "Is pancytopenia leukemia?"
 *       finds its own question rather than every question that names pancytopenia;</li>
 *   <li>{@link #COVERAGE_WEIGHT}: the share of the question's words the passage contains;</li>
 *   <li>{@link #SUBJECT_WEIGHT}: the article's title names the question's first word that names
 *       a topic, its usual subject ("Is pancytopenia leukemia?" is about pancytopenia).</li>
 * </ul>
 * The first-stage score enters normalised to 0..1 (1 for the best candidate). Deterministic;
 * ties keep first-stage order. Thread-safe.
 */
final class Reranker {

    static final double INTENT_WEIGHT = 0.6;
    static final double HEADING_WEIGHT = 0.6;
    static final double COVERAGE_WEIGHT = 0.3;
    static final double SUBJECT_WEIGHT = 0.3;

    private final LibraryAnalyzer headingAnalyzer = LibraryAnalyzer.forQueries(null);

    /** The combined score of one candidate. */
    double score(double retrieval, Passage passage, QuestionIntent passageIntent, QuestionIntent intent,
                 QueryTerms terms, double coverage) {
        double s = retrieval;
        if (intent != QuestionIntent.OTHER && passageIntent == intent) {
            s += INTENT_WEIGHT;
        }
        if (passage.question() != null) {
            double j = headingOverlap(passage.question(), terms);
            s += HEADING_WEIGHT * j * j * j;
        }
        QueryTerms.KnownWord subject = terms.known().stream().filter(QueryTerms.KnownWord::topic).findFirst().orElse(null);
        if (subject != null && mentions(passage.articleTitle(), subject)) {
            s += SUBJECT_WEIGHT;
        }
        return s + COVERAGE_WEIGHT * coverage;
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
