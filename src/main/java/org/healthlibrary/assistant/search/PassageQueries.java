package org.healthlibrary.assistant.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene queries {@link PassageSearch} runs for a question's analysed words: the content
 * query over every field with its boost (plus corrected words and words read by meaning), and
 * the body-only query snippets highlight. Stateless apart from its analyzers; thread-safe.
 */
final class PassageQueries {

    /** Field boosts: a match in a question heading is the strongest sign a passage answers. */
    static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    /**
     * How much a library word read by meaning for a word the library lacks counts against the
     * question's own words (times its similarity): it points retrieval at the passage that uses
     * the library's word, without outweighing what the patient wrote.
     */
    static final double RELATED_BOOST = 0.5;

    private final LibraryAnalyzer queryAnalyzer;
    private final LibraryAnalyzer indexAnalyzer;

    PassageQueries(LibraryAnalyzer queryAnalyzer, LibraryAnalyzer indexAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The question's words in the passage text only: what snippets highlight. */
    Query body(QueryTerms terms) {
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query q = builder.createBooleanQuery(SearchFields.BODY, terms.text());
        if (q != null) {
            body.add(q, Occur.SHOULD);
        }
        for (String corrected : terms.corrections().values()) {
            body.add(new TermQuery(new Term(SearchFields.BODY, corrected)), Occur.SHOULD);
        }
        return body.build();
    }

    /** The content query: every field, boosted; null when no words remain. */
    Query content(QueryTerms terms) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder content = new BooleanQuery.Builder();
        int clauses = 0;
        Query analysed = null;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query q = analysed == null ? null : FieldQueries.onField(analysed, field.getKey());
            if (q == null) {
                q = builder.createBooleanQuery(field.getKey(), terms.text());
                analysed = q;
            }
            if (q != null) {
                content.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                clauses++;
            }
            for (String corrected : terms.corrections().values()) {
                content.add(new BoostQuery(new TermQuery(new Term(field.getKey(), corrected)), field.getValue()),
                        Occur.SHOULD);
                clauses++;
            }
            for (List<RelatedWord> near : terms.related().values()) {
                for (RelatedWord r : near) {
                    float boost = (float) (field.getValue() * RELATED_BOOST * r.similarity());
                    content.add(new BoostQuery(new TermQuery(new Term(field.getKey(), r.stem())), boost), Occur.SHOULD);
                    clauses++;
                }
            }
        }
        if (clauses == 0) {
            return null;
        }
        return content.build();
    }

    UnifiedHighlighter highlighter(IndexSearcher searcher) {
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
