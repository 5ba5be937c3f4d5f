package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleWriterTest {

    private final ArticleWriter writer = new ArticleWriter();
    private final MarkdownArticleReader reader = new MarkdownArticleReader();

    static Stream<Path> shippedArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedArticles")
    void writesEveryShippedArticleBackByteForByte(Path file) throws Exception {
        assertThat(writer.format(reader.read(file))).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of("Anemia", "Anemia"),
                Arguments.of("Leukopenia (Low White Blood Cell Count)", "Leukopenia (Low White Blood Cell Count)"),
                Arguments.of("Iron, folate & B12 [basics]", "Iron, folate & B12 [basics]"),
                Arguments.of("Hematologist: What a Blood Doctor Does", "\"Hematologist: What a Blood Doctor Does\""),
                Arguments.of("yes", "\"yes\""),
                Arguments.of("2024-01-01", "\"2024-01-01\""),
                Arguments.of("100", "\"100\""),
                Arguments.of("#1 cause of anemia", "\"#1 cause of anemia\""),
                Arguments.of("- starts with a dash", "\"- starts with a dash\""),
                Arguments.of("Ends with a colon:", "\"Ends with a colon:\""),
                Arguments.of("'single' start", "\"'single' start\""),
                Arguments.of("say \"hi\" \\ bye", "say \"hi\" \\ bye"),
                Arguments.of("\"quoted\" start", "\"\\\"quoted\\\" start\""),
                Arguments.of("", "\"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void quotesOnlyWhatYamlWouldMisread(String value, String expected) {
        assertThat(ArticleWriter.scalar(value)).isEqualTo(expected);
    }

    @Test
    void importedArticleRoundTripsThroughTheMarkdownReader() throws Exception {
        Article a = new Article("sickle-cell-disease", "Sickle Cell Disease: \"SCD\"", "https://x.org/scd?a=1#top", null,
                "It is inherited; it's lifelong. C:\\ drive \\ not a path", List.of("yes", "2024-01-01", "sickle-cell anemia"),
                List.of(new Source("NHLBI: \"Sickle Cell\"", "https://nhlbi.example/scd")), List.of(),
                "## Overview\n\nSickle cell disease runs in families.\n");

        String text = writer.format(a);

        // the blank line after the front matter belongs to the body, as in every shipped article
        Article back = reader.parse(a.id(), text);
        assertThat(back).isEqualTo(new Article(a.id(), a.title(), a.url(), a.reviewed(), a.summary(), a.synonyms(),
                a.sources(), a.related(), "\n" + a.body()));
        assertThat(writer.format(back)).isEqualTo(text);
        assertThat(text).contains("\nreviewed:\n", "\nrelated: []\n");
    }

    @Test
    void emptyListsAreWrittenAsEmptyFlowLists() throws Exception {
        Article a = new Article("x", "X", "https://x.org", LocalDate.of(2026, 1, 2), "Sum.", List.of(), List.of(), List.of(),
                "## Overview\n\nText.");

        assertThat(writer.format(a)).isEqualTo("""
                ---
                id: x
                title: X
                url: https://x.org
                reviewed: 2026-01-02
                summary: Sum.
                synonyms: []
                sources: []
                related: []
                ---

                ## Overview

                Text.
                """);
    }

    @Test
    void writeReplacesTheFileWithoutLeavingAPartFile(@TempDir Path dir) throws Exception {
        Article a = reader.read(Path.of("knowledge/anemia.md"));
        Files.writeString(dir.resolve("anemia.md"), "old");

        Path written = writer.write(a, dir);

        assertThat(written).isEqualTo(dir.resolve("anemia.md"));
        assertThat(reader.read(written)).isEqualTo(a);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("anemia.md");
        }
    }
}
