package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Measures how much of a question a passage covers: the share of the question's known words,
 * weighted by rarity, that occur in the passage (any field, synonyms counted). A passage that
 * covers the rare, topical words of a question is evidence that it answers it; retrieval
 * scores alone are not comparable across questions. The measure depends only on the passage's
 * words, not on how it was retrieved (BM25 or embeddings). Works on a batch of candidates at
 * once: one pass per word and index segment. Not thread-safe; one instance per search.
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

    /**
     * For each of {@code docs} (global ids): true when some question word occurs in the
     * article's title or synonyms, or the passage's question heading.
     */
    boolean[] anchored(int[] docs) throws IOException {
        boolean[] out = new boolean[docs.length];
        for (Weight w : anchors) {
            boolean[] m = matches(w, docs);
            for (int i = 0; i < docs.length; i++) {
                out[i] |= m[i];
            }
        }
        return out;
    }

    /**
     * For each of {@code docs} (global ids): the covered share (0..1); 0 when the question has
     * no known words.
     */
    double[] of(int[] docs) throws IOException {
        double total = words.stream().mapToDouble(QueryTerms.KnownWord::idf).sum();
        double[] covered = new double[docs.length];
        for (int w = 0; w < words.size(); w++) {
            boolean[] m = matches(weights.get(w), docs);
            for (int i = 0; i < docs.length; i++) {
                if (m[i]) {
                    covered[i] += words.get(w).idf();
                }
            }
        }
        for (int i = 0; i < docs.length; i++) {
            covered[i] = total == 0 ? 0 : covered[i] / total;
        }
        return covered;
    }

    /** Which of {@code docs} the weight matches: docs visited in id order, one scorer per segment. */
    private boolean[] matches(Weight weight, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        boolean[] out = new boolean[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        DocIdSetIterator it = null;
        for (int i : order) {
            int li = ReaderUtil.subIndex(docs[i], leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                Scorer scorer = weight.scorer(leaf);
                it = scorer == null ? null : scorer.iterator();
            }
            if (it == null) {
                continue;
            }
            int local = docs[i] - leaf.docBase;
            int at = it.docID() < local ? it.advance(local) : it.docID();
            out[i] = at == local;
        }
        return out;
    }
}
