package org.healthlibrary.assistant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.healthlibrary.assistant.search.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patient text is searched as words in every benchmark system that takes a text query: upper-case
 * {@code AND}, {@code OR}, {@code NOT}, quotes, brackets, a trailing operator or a lone wildcard
 * must neither fail to parse ("Cannot parse ... Encountered &lt;OR&gt;") nor change the hits.
 */
class QuerySyntaxTest {

    private static final List<BenchCorpus.Doc> DOCS = List.of(
            new BenchCorpus.Doc("D/1/1-1", "Low platelets", "", "Thrombocytopenia means a low platelet count. Bruising OR bleeding can follow."),
            new BenchCorpus.Doc("D/2/2-1", "Anemia", "", "Anemia means too few red blood cells AND can make you tired."),
            new BenchCorpus.Doc("D/3/3-1", "Fever", "", "A fever during chemotherapy needs a call to your care team."));

    /** Questions that the classic query parser rejects or reads as operators. */
    private static final List<String> SYNTAX = List.of(
            "bruising OR",
            "AND OR NOT platelets",
            "tired AND",
            "low platelets OR bleeding?",
            "\"red blood cells",
            "anemia (tired",
            "fever: chemo [day 7] ^2 ~ *",
            "NOT",
            "*");

    @TempDir
    Path tmp;

    @Test
    void bm25SearchesPatientTextAsWords() throws Exception {
        try (Bm25System bm25 = new Bm25System(tmp.resolve("bm25"))) {
            bm25.index(DOCS, true);
            for (String q : SYNTAX) {
                assertThat(bm25.search(q)).as(q).isNotNull();
            }
            assertThat(bm25.search("bruising OR")).containsExactly("D/1/1-1");
            assertThat(bm25.search("tired AND")).first().isEqualTo("D/2/2-1");
            assertThat(bm25.search("AND OR NOT platelets")).first().isEqualTo("D/1/1-1");
            assertThat(bm25.search("NOT")).isEmpty();
            assertThat(bm25.search("*")).isEmpty();
        }
    }

    @Test
    void oursSearchesPatientTextAsWords() throws Exception {
        try (OursSystem ours = new OursSystem(tmp.resolve("ours"), null, SearchSettings.keywordOnly())) {
            ours.index(DOCS, true);
            for (String q : SYNTAX) {
                assertThat(ours.search(q)).as(q).isNotNull();
            }
            assertThat(ours.search("bruising OR")).first().isEqualTo("D/1/1-1");
            assertThat(ours.search("AND OR NOT platelets")).first().isEqualTo("D/1/1-1");
        }
    }
}
