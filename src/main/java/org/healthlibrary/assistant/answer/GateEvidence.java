package org.healthlibrary.assistant.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * What the evidence gate reads from one retrieval, as named numbers: the best and second hits'
 * re-ranked, BM25 and cosine scores and their margins, how much of the question the best
 * passages cover, whether a question word names the passage's topic, whether the passage's
 * section is the kind the question asks for, and how many of the question's words the library
 * knows, and whether an unknown word looks medical. BM25 scores and counts are log-scaled ({@code log(1 + x)}) so that one fit serves a
 * library of 200 passages and one of 16,000. The same code computes the features the gate was
 * fitted on (the answer benchmark exports them) and the ones it decides on. Immutable.
 *
 * @param values feature name to value, in {@link #NAMES} order
 */
public record GateEvidence(Map<String, Double> values) {

    /** The features, in order. */
    public static final List<String> NAMES = List.of("score1", "scoreMargin", "bm25_1", "bm25Margin", "cos1",
            "cosMargin", "cov1", "covMax3", "anchored1", "anchoredAny3", "sameArticle12", "questionHeading1",
            "intentMatch1", "known", "topicWords", "unknown", "unknownMedical", "corrections", "words");

    public GateEvidence {
        values = Map.copyOf(values);
    }

    /** The evidence as the gate reads it, with the scope classifier judging unknown words. */
    public static GateEvidence of(String question, SearchResult result, ScopeClassifier scope) {
        return of(question, result, EvidenceGate.namesUnknownMedicalTopic(question, result.terms().unknown(), scope));
    }

    /**
     * The evidence in {@code result} for {@code question}, from its first hit (the one the gate
     * would answer from).
     *
     * @param unknownMedical a word the library lacks looks like a medical topic ("sickle cell disease")
     */
    public static GateEvidence of(String question, SearchResult result, boolean unknownMedical) {
        List<SearchHit> hits = result.hits();
        SearchHit h1 = hits.isEmpty() ? null : hits.get(0);
        SearchHit h2 = hits.size() < 2 ? null : hits.get(1);
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("score1", h1 == null ? 0.0 : (double) h1.score());
        f.put("scoreMargin", h1 == null ? 0.0 : h1.score() - (h2 == null ? 0.0 : (double) h2.score()));
        f.put("bm25_1", h1 == null ? 0.0 : Math.log1p(Math.max(0, h1.bm25())));
        double bm25Margin = h1 == null ? 0.0 : h1.bm25() - (h2 == null ? 0.0 : h2.bm25());
        f.put("bm25Margin", Math.signum(bm25Margin) * Math.log1p(Math.abs(bm25Margin)));
        f.put("cos1", h1 == null ? 0.0 : finite(h1.cosine()));
        f.put("cosMargin", h1 == null ? 0.0 : finite(h1.cosine()) - (h2 == null ? 0.0 : finite(h2.cosine())));
        f.put("cov1", h1 == null ? 0.0 : h1.coverage());
        f.put("covMax3", hits.stream().limit(3).mapToDouble(SearchHit::coverage).max().orElse(0));
        f.put("anchored1", h1 != null && h1.anchored() ? 1.0 : 0.0);
        f.put("anchoredAny3", hits.stream().limit(3).anyMatch(SearchHit::anchored) ? 1.0 : 0.0);
        f.put("sameArticle12", h1 != null && h2 != null
                && h1.passage().articleId().equals(h2.passage().articleId()) ? 1.0 : 0.0);
        f.put("questionHeading1", h1 != null && h1.passage().question() != null ? 1.0 : 0.0);
        f.put("intentMatch1", h1 != null && intentOf(h1.passage()) == result.intent() ? 1.0 : 0.0);
        f.put("known", Math.log1p(result.terms().known().size()));
        f.put("topicWords", Math.log1p(result.terms().known().stream().filter(w -> w.topic()).count()));
        f.put("unknown", Math.log1p(result.terms().unknown().size()));
        f.put("unknownMedical", unknownMedical ? 1.0 : 0.0);
        f.put("corrections", Math.log1p(result.terms().corrections().size()));
        f.put("words", Math.log1p(question.isBlank() ? 0.0 : question.strip().split("\\s+").length));
        return new GateEvidence(f);
    }

    /** One feature's value. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No gate feature '" + name + "'");
        }
        return v;
    }

    /** The kind of question a passage answers: its heading's kind, else the kind its title names ("X - treatment"). */
    static QuestionIntent intentOf(Passage p) {
        QuestionIntent byHeading = QuestionIntent.ofSection(p.heading());
        if (byHeading != QuestionIntent.OTHER && byHeading != QuestionIntent.OVERVIEW) {
            return byHeading;
        }
        int dash = p.articleTitle().lastIndexOf(" - ");
        return dash < 0 ? byHeading : QuestionIntent.ofSection(p.articleTitle().substring(dash + 3));
    }

    private static double finite(float v) {
        return Float.isNaN(v) ? 0.0 : v;
    }
}
