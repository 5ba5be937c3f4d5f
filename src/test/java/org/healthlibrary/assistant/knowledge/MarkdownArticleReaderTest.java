package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownArticleReaderTest {

    private final MarkdownArticleReader reader = new MarkdownArticleReader();

    private static final String GOOD = """
            ---
            id: anemia
            title: Anemia
            url: https://example.org/anemia
            reviewed: 2026-11-20
            summary: Low red cells.
            synonyms: [low hemoglobin, anaemia]
            sources:
              - title: "Anemia - MedlinePlus"
                url: https://medlineplus.gov/anemia.html
            related: [pancytopenia]
            extra-field: editors may add their own keys
            ---
            ## Overview
            Anemia means low red cells.
            """;

    @Test
    void readsFrontMatterAndBody() throws ArticleFormatException {
        Article a = reader.parse("anemia", GOOD);
        assertThat(a.id()).isEqualTo("anemia");
        assertThat(a.title()).isEqualTo("Anemia");
        assertThat(a.url()).isEqualTo("https://example.org/anemia");
        assertThat(a.reviewed()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(a.synonyms()).containsExactly("low hemoglobin", "anaemia");
        assertThat(a.sources()).containsExactly(new Source("Anemia - MedlinePlus", "https://medlineplus.gov/anemia.html"));
        assertThat(a.related()).containsExactly("pancytopenia");
        assertThat(a.body()).isEqualTo("## Overview\nAnemia means low red cells.\n");
    }

    @Test
    void missingIdFallsBackToTheFileName() throws ArticleFormatException {
        assertThat(reader.parse("anemia", GOOD.replace("id: anemia\n", "")).id()).isEqualTo("anemia");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "# no front matter|no front matter: the file must start with a line '---'",
            "---\\ntitle: X\\n## Overview\\ntext|front matter is not closed: add a line '---' after it",
            "---\\ntitle: [unclosed\\n---\\nbody|front matter is not valid YAML",
            "---\\nurl: https://x\\n---\\nbody|front matter has no title",
            "---\\ntitle: '  '\\n---\\nbody|front matter has no title",
            "---\\ntitle: Anemia\\n---\\n   \\n|body is empty",
            "---\\nid: other\\ntitle: Anemia\\n---\\nbody|front matter id 'other' differs from the file name 'anemia.md'",
            "---\\nreviewed: not-a-date\\ntitle: Anemia\\n---\\nbody|front matter is not valid YAML"})
    void malformedArticlesAreRejectedWithAReason(String text, String reason) {
        assertThatThrownBy(() -> reader.parse("anemia", text.replace("\\n", "\n")))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageStartingWith(reason);
    }
}
