package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * The evidence a gate can read from one retrieval, as one JSON row for fitting a calibrated
 * gate: the best and second hits' re-ranked, BM25 and cosine scores and their margins, how much
 * of the question the best passages cover, whether a question word names the passage's topic,
 * whether the passage's section is the kind the question asks for, and how many of the
 * question's words the library knows. The caller adds the label and the split. Stateless.
 */
final class GateFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GateFeatures() {
    }

    static ObjectNode of(String question, SearchResult result) {
        ObjectNode f = JSON.createObjectNode();
        List<SearchHit> hits = result.hits();
        SearchHit h1 = hits.isEmpty() ? null : hits.get(0);
        SearchHit h2 = hits.size() < 2 ? null : hits.get(1);
        f.put("hits", hits.size());
        f.put("score1", h1 == null ? 0 : h1.score());
        f.put("scoreMargin", h1 == null ? 0 : h1.score() - (h2 == null ? 0 : h2.score()));
        f.put("bm25_1", h1 == null ? 0 : h1.bm25());
        f.put("bm25Margin", h1 == null ? 0 : h1.bm25() - (h2 == null ? 0 : h2.bm25()));
        f.put("bm25Max", hits.stream().mapToDouble(SearchHit::bm25).max().orElse(0));
        f.put("cos1", h1 == null ? 0 : finite(h1.cosine()));
        f.put("cosMargin", h1 == null ? 0 : finite(h1.cosine()) - (h2 == null ? 0 : finite(h2.cosine())));
        f.put("cosMax", hits.stream().mapToDouble(h -> finite(h.cosine())).max().orElse(0));
        f.put("cov1", h1 == null ? 0 : h1.coverage());
        f.put("covMax3", hits.stream().limit(3).mapToDouble(SearchHit::coverage).max().orElse(0));
        f.put("anchored1", h1 != null && h1.anchored() ? 1 : 0);
        f.put("anchoredAny3", hits.stream().limit(3).anyMatch(SearchHit::anchored) ? 1 : 0);
        f.put("sameArticle12", h1 != null && h2 != null
                && h1.passage().articleId().equals(h2.passage().articleId()) ? 1 : 0);
        f.put("questionHeading1", h1 != null && h1.passage().question() != null ? 1 : 0);
        f.put("intent", result.intent().name());
        f.put("intentMatch1", h1 != null && intentOf(h1.passage()) == result.intent() ? 1 : 0);
        f.put("known", result.terms().known().size());
        f.put("topicWords", result.terms().known().stream().filter(w -> w.topic()).count());
        f.put("unknown", result.terms().unknown().size());
        f.put("corrections", result.terms().corrections().size());
        f.put("words", question.strip().split("\\s+").length);
        return f;
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
        return Float.isNaN(v) ? 0 : v;
    }
}
