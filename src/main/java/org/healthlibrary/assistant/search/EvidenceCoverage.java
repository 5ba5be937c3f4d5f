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

    private final IndexSearcher searcher;
    private final List<QueryTerms.KnownWord> words;
    private final List<Weight> weights = new ArrayList<>();

    EvidenceCoverage(IndexSearcher searcher, List<QueryTerms.KnownWord> words) throws IOException {
        this.searcher = searcher;
        this.words = words;
        for (QueryTerms.KnownWord w : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : FIELDS) {
                for (String t : w.terms()) {
                    any.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
                }
            }
            weights.add(searcher.createWeight(searcher.rewrite(any.build()), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
    }

    /** The covered share (0..1) for the document with global id {@code doc}; 0 when the question has no known words. */
    double of(int doc) throws IOException {
        double total = 0;
        double covered = 0;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        for (int i = 0; i < words.size(); i++) {
            double idf = words.get(i).idf();
            total += idf;
            Scorer scorer = weights.get(i).scorer(leaf);
            if (scorer != null && scorer.iterator().advance(local) == local) {
                covered += idf;
            }
        }
        return total == 0 ? 0 : covered / total;
    }
}
