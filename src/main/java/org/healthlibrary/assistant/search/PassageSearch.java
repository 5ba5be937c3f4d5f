package org.healthlibrary.assistant.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * Searches the library's passages for a patient's question. The query is the sum of the
 * question's words matched in each field with its boost (question headings count most, then
 * titles, synonyms, section headings and text), plus a boost for passages of the kind the
 * question asks about ({@link QuestionIntent}). Misspelled words are read as the closest
 * library word. Thread-safe; each call acquires and releases a searcher.
 */
@ApplicationScoped
public class PassageSearch {

    /** Field boosts: a match in a question heading is the strongest sign a passage answers. */
    static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    /** Extra weight for passages whose kind matches the question's intent. */
    static final float INTENT_BOOST = 1.5f;
    private static final int SNIPPET_PASSAGES = 2;

    private final LibraryIndex index;
    private final Analyzer queryAnalyzer = LibraryAnalyzer.forQueries(MedicalSynonyms.load());
    private final Analyzer indexAnalyzer = LibraryAnalyzer.forIndexing();
    private final QueryWords queryWords = new QueryWords(queryAnalyzer, indexAnalyzer);

    public PassageSearch(LibraryIndex index) {
        this.index = index;
    }

    /** The best {@code limit} passages for {@code question}, with the evidence the gate needs. */
    public SearchResult search(String question, int limit) {
        return index.withSearcher(searcher -> run(searcher, question, limit));
    }

    /** The passage with this id, if indexed. */
    public Optional<Passage> passage(String passageId) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, passageId)), 1);
            return top.scoreDocs.length == 0 ? Optional.<Passage>empty()
                    : Optional.of(PassageDocuments.toPassage(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Every passage of an article, in document order. */
    public List<Passage> passagesOf(String articleId) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ARTICLE_ID, articleId)), 500,
                    new Sort(SortField.FIELD_DOC));
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(PassageDocuments.toPassage(searcher.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    private SearchResult run(IndexSearcher searcher, String question, int limit) throws IOException {
        QuestionIntent intent = QuestionIntent.of(question);
        IndexReader reader = searcher.getIndexReader();
        QueryTerms terms = queryWords.analyze(reader, question);
        Query query = buildQuery(terms, intent);
        if (query == null) {
            return SearchResult.empty(terms, intent);
        }
        TopDocs top = searcher.search(query, Math.max(1, limit));
        String[] snippets = highlighter(searcher).highlight(SearchFields.BODY, query, top, SNIPPET_PASSAGES);
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, terms.known());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Passage p = PassageDocuments.toPassage(searcher.storedFields().document(sd.doc));
            String snippet = snippets[i] != null ? snippets[i] : Snippets.lead(p.text());
            hits.add(new SearchHit(p, sd.score, snippet, coverage.of(sd.doc), coverage.anchored(sd.doc)));
        }
        return new SearchResult(hits, terms, intent);
    }

    /** The content query (every field, boosted) with the intent boost on top; null when no words remain. */
    private Query buildQuery(QueryTerms terms, QuestionIntent intent) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder content = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), terms.text());
            if (q != null) {
                content.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                clauses++;
            }
            for (String corrected : terms.corrections().values()) {
                content.add(new BoostQuery(new TermQuery(new Term(field.getKey(), corrected)), field.getValue()),
                        Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(content.build(), Occur.MUST);
        if (intent != QuestionIntent.OTHER) {
            query.add(new BoostQuery(new TermQuery(new Term(SearchFields.INTENT, intent.name())), INTENT_BOOST),
                    Occur.SHOULD);
        }
        return query.build();
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .withMaxLength(20_000)
                .build();
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(SearchFields.QUESTION, 3.0f);
        boosts.put(SearchFields.TITLE, 2.0f);
        boosts.put(SearchFields.SYNONYMS, 1.5f);
        boosts.put(SearchFields.SECTION, 1.0f);
        boosts.put(SearchFields.BODY, 1.0f);
        return Map.copyOf(boosts);
    }
}
