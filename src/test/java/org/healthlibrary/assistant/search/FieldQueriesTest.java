package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** A query moved to another field equals the query built for that field from the same text. */
class FieldQueriesTest {

    private final QueryBuilder builder = builder();

    @Test
    void everyShippedQuestionMovedToEachBoostedFieldEqualsItsOwnAnalysis() throws Exception {
        Set<String> shapes = new HashSet<>();
        int compared = 0;
        for (String text : questions()) {
            Query analysed = builder.createBooleanQuery(SearchFields.QUESTION, text);
            if (analysed == null) {
                continue;
            }
            analysed.visit(new QueryVisitor() {
                @Override
                public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                    shapes.add(parent.getClass().getSimpleName());
                    return this;
                }

                @Override
                public void visitLeaf(Query query) {
                    shapes.add(query.getClass().getSimpleName());
                }

                @Override
                public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                    shapes.add(query.getClass().getSimpleName());
                }
            });
            for (String field : PassageQueries.FIELD_BOOSTS.keySet()) {
                assertThat(FieldQueries.onField(analysed, field)).as("%s on %s", text, field)
                        .isEqualTo(builder.createBooleanQuery(field, text));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1_000);
        assertThat(shapes).as("the shapes the synonym graph makes were all met")
                .contains("TermQuery", "SynonymQuery", "PhraseQuery", "BooleanQuery");
    }

    @Test
    void aShapeItDoesNotKnowIsLeftToTheCaller() {
        Query unknown = new BooleanQuery.Builder()
                .add(new WildcardQuery(new org.apache.lucene.index.Term(SearchFields.QUESTION, "anem*")),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .build();
        assertThat(FieldQueries.onField(unknown, SearchFields.TITLE)).isNull();
        assertThat(FieldQueries.onField(new BoostQuery(unknown, 2f), SearchFields.TITLE)).isNull();
    }

    private static QueryBuilder builder() {
        QueryBuilder b = new QueryBuilder(LibraryAnalyzer.forQueries(MedicalSynonyms.load()));
        b.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return b;
    }

    private static List<String> questions() throws Exception {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines("/questions/patient-worded.jsonl")) {
            out.add(json.readTree(line).get("text").asText());
        }
        for (String line : lines("/questions/shipped-library.tsv")) {
            out.add(line.split("\t")[0]);
        }
        for (String line : lines("/search/synonyms.txt")) {
            out.add("is " + line.replace(",", " or ").replace("=>", " or ") + " serious");
        }
        return out;
    }

    private static List<String> lines(String resource) throws Exception {
        List<String> out = new ArrayList<>();
        try (var in = FieldQueriesTest.class.getResourceAsStream(resource)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
