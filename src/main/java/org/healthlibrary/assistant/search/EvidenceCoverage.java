package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Measures how much of a question a passage covers: the share of the question's known words,
 * weighted by rarity, that occur in the passage (any field, synonyms counted). A passage that
 * covers the rare, topical words of a question is evidence that it answers it; BM25 scores
 * alone are not comparable across questions. Not thread-safe; one instance per search.
 */
final class EvidenceCoverage {

    private static final String[] FIELDS = {SearchFields.TITLE, SearchFields.SYNONYMS, SearchFields.SECTION,
            SearchFields.QUESTION, SearchFields.BODY};
    /** Fields that name what a passage is about (section headings like "Symptoms" do not). */
    private static final String[] ANCHOR_FIELDS = {SearchFields.TITLE, SearchFields.SYNONYMS, SearchFields.QUESTION};

    private final IndexSearcher searcher;
    private final List<QueryTerms.KnownWord> words;
    private final List<Weight> weights = new ArrayList<>();
    private final List<Weight> anchors = new ArrayList<>();

    EvidenceCoverage(IndexSearcher searcher, List<QueryTerms.KnownWord> words) throws IOException {
        this.searcher = searcher;
        this.words = words;
        for (QueryTerms.KnownWord w : words) {
            weights.add(weight(w, FIELDS));
            anchors.add(weight(w, ANCHOR_FIELDS));
        }
    }

    private Weight weight(QueryTerms.KnownWord word, String[] fields) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
            for (String t : word.terms()) {
                any.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
            }
        }
        return searcher.createWeight(searcher.rewrite(any.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** True when some question word occurs in the article's title or synonyms, or the passage's question heading. */
    boolean anchored(int doc) throws IOException {
        for (Weight w : anchors) {
            if (matches(w, doc)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        Scorer scorer = weight.scorer(leaf);
        return scorer != null && scorer.iterator().advance(local) == local;
    }

    /** The covered share (0..1) for the document with global id {@code doc}; 0 when the question has no known words. */
    double of(int doc) throws IOException {
        double total = 0;
        double covered = 0;
        for (int i = 0; i < words.size(); i++) {
            double idf = words.get(i).idf();
            total += idf;
            if (matches(weights.get(i), doc)) {
                covered += idf;
            }
        }
        return total == 0 ? 0 : covered / total;
    }
}
