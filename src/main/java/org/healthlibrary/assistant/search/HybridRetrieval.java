package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.VectorUtil;

/**
 * First-stage retrieval: the BM25 top {@code depth} and, when the query has a vector (embedded
 * on another thread while BM25 runs), the
 * HNSW top {@code depth} by cosine, merged into one candidate list with one fused score each
 * (0..1, 1 for the best candidate). Every candidate gets both its exact BM25 score and its exact
 * cosine, whichever list it came from, so fusion never guesses a missing score.
 *
 * <ul>
 *   <li>{@link FusionMethod#WEIGHTED}: {@code (1 - w) * bm25 / maxBm25 + w * (cos - minCos) / (maxCos - minCos)},
 *       min and max over the candidates;</li>
 *   <li>{@link FusionMethod#RRF}: {@code 1 / (k + bm25Rank) + 1 / (k + denseRank)} (ranks from 1
 *       within the candidates), divided by its maximum.</li>
 * </ul>
 * Without a query vector the score is BM25 over the best BM25. Stateless; thread-safe.
 */
final class HybridRetrieval {

    private HybridRetrieval() {
    }

    /** One candidate: the Lucene doc id, its exact scores, and the fused score (0..1). */
    static final class Candidate {
        final int doc;
        float bm25;
        float cosine = Float.NaN;
        double fused;

        Candidate(int doc) {
            this.doc = doc;
        }
    }

    /**
     * The fused candidates, best first.
     *
     * @param pendingVector the query's unit vector, being computed while BM25 runs; null for BM25 only
     */
    static List<Candidate> retrieve(IndexSearcher searcher, Query query, CompletableFuture<float[]> pendingVector,
                                    int depth, SearchSettings settings) throws IOException {
        Map<Integer, Candidate> byDoc = new LinkedHashMap<>();
        Query lexical = searcher.rewrite(query);
        TopDocs bm25 = searcher.search(lexical, depth);
        for (ScoreDoc sd : bm25.scoreDocs) {
            byDoc.computeIfAbsent(sd.doc, Candidate::new).bm25 = sd.score;
        }
        float[] vector = pendingVector == null ? null : join(pendingVector);
        if (vector == null) {
            List<Candidate> out = new ArrayList<>(byDoc.values());
            float best = out.isEmpty() ? 0 : out.getFirst().bm25;
            out.forEach(c -> c.fused = best > 0 ? c.bm25 / best : 0);
            return out;
        }
        TopDocs dense = searcher.search(new KnnFloatVectorQuery(SearchFields.VECTOR, vector, depth), depth);
        List<Integer> lexicalMissing = new ArrayList<>();
        for (ScoreDoc sd : dense.scoreDocs) {
            Candidate c = byDoc.get(sd.doc);
            if (c == null) {
                c = new Candidate(sd.doc);
                byDoc.put(sd.doc, c);
                lexicalMissing.add(sd.doc);
            }
            c.cosine = 2 * sd.score - 1; // DOT_PRODUCT scores are (1 + dot) / 2
        }
        List<Candidate> out = new ArrayList<>(byDoc.values());
        fillBm25(searcher, lexical, out, lexicalMissing);
        fillCosine(searcher, vector, out);
        fuse(out, settings);
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.fused));
        return out;
    }

    private static float[] join(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static void fuse(List<Candidate> out, SearchSettings settings) {
        if (settings.fusion() == FusionMethod.RRF) {
            rankFusion(out, settings.rrfK());
            return;
        }
        float maxBm25 = 0;
        float minCos = Float.MAX_VALUE;
        float maxCos = -Float.MAX_VALUE;
        for (Candidate c : out) {
            maxBm25 = Math.max(maxBm25, c.bm25);
            minCos = Math.min(minCos, c.cosine);
            maxCos = Math.max(maxCos, c.cosine);
        }
        double w = settings.denseWeight();
        double best = 0;
        for (Candidate c : out) {
            double lex = maxBm25 > 0 ? c.bm25 / maxBm25 : 0;
            double sem = maxCos > minCos ? (c.cosine - minCos) / (maxCos - minCos) : 1;
            c.fused = (1 - w) * lex + w * sem;
            best = Math.max(best, c.fused);
        }
        normalise(out, best);
    }

    private static void rankFusion(List<Candidate> out, int k) {
        List<Candidate> byBm25 = new ArrayList<>(out);
        byBm25.sort(Comparator.comparingDouble((Candidate c) -> -c.bm25));
        List<Candidate> byCosine = new ArrayList<>(out);
        byCosine.sort(Comparator.comparingDouble((Candidate c) -> -c.cosine));
        out.forEach(c -> c.fused = 0);
        for (int r = 0; r < byBm25.size(); r++) {
            if (byBm25.get(r).bm25 > 0) {
                byBm25.get(r).fused += 1.0 / (k + r + 1);
            }
        }
        for (int r = 0; r < byCosine.size(); r++) {
            byCosine.get(r).fused += 1.0 / (k + r + 1);
        }
        normalise(out, out.stream().mapToDouble(c -> c.fused).max().orElse(0));
    }

    private static void normalise(List<Candidate> out, double best) {
        for (Candidate c : out) {
            c.fused = best > 0 ? c.fused / best : 0;
        }
    }

    /** Exact BM25 scores of the dense-only candidates (0 when the lexical query does not match them). */
    private static void fillBm25(IndexSearcher searcher, Query lexical, List<Candidate> all, List<Integer> docs)
            throws IOException {
        if (docs.isEmpty()) {
            return;
        }
        Map<Integer, Candidate> byDoc = new LinkedHashMap<>();
        all.forEach(c -> byDoc.put(c.doc, c));
        Weight weight = searcher.createWeight(lexical, ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Integer> sorted = docs.stream().sorted().toList();
        int leafIndex = -1;
        Scorer scorer = null;
        LeafReaderContext leaf = null;
        for (int doc : sorted) {
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                scorer = weight.scorer(leaf);
            }
            if (scorer == null) {
                continue;
            }
            int local = doc - leaf.docBase;
            DocIdSetIterator it = scorer.iterator();
            int at = it.docID() < local ? it.advance(local) : it.docID();
            if (at == local) {
                byDoc.get(doc).bm25 = scorer.score();
            }
        }
    }

    /** Exact cosines of the candidates that came from BM25 only. */
    private static void fillCosine(IndexSearcher searcher, float[] vector, List<Candidate> all) throws IOException {
        List<Candidate> missing = all.stream().filter(c -> Float.isNaN(c.cosine))
                .sorted(Comparator.comparingInt(c -> c.doc)).toList();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        FloatVectorValues values = null;
        KnnVectorValues.DocIndexIterator it = null;
        LeafReaderContext leaf = null;
        for (Candidate c : missing) {
            int li = ReaderUtil.subIndex(c.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                values = leaf.reader().getFloatVectorValues(SearchFields.VECTOR);
                it = values == null ? null : values.iterator();
            }
            c.cosine = -1;
            if (it == null) {
                continue;
            }
            int local = c.doc - leaf.docBase;
            int at = it.docID() < local ? it.advance(local) : it.docID();
            if (at == local) {
                c.cosine = VectorUtil.dotProduct(vector, values.vectorValue(it.index()));
            }
        }
    }
}
