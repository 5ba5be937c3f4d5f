package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads {@code knowledge-fixtures/passages.jsonl}: four usable lines, eight bad ones, one blank. */
class JsonlPassageReaderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/knowledge-fixtures/passages.jsonl");

    private static final Map<Integer, Article> accepted = new LinkedHashMap<>();
    private static final Map<Integer, JsonlPassage> passages = new LinkedHashMap<>();
    private static final Map<Integer, String> skipped = new LinkedHashMap<>();
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        new JsonlPassageReader().read(FIXTURE, new JsonlPassageReader.Listener() {
            @Override
            public void accepted(int line, JsonlPassage passage, Article article) {
                accepted.put(line, article);
                passages.put(line, passage);
            }

            @Override
            public void skipped(int line, String reason) {
                skipped.put(line, reason);
            }

            @Override
            public void warning(int line, String message) {
                warnings.add("line " + line + ": " + message);
            }
        });
    }

    static Stream<Arguments> usableLines() {
        return Stream.of(
                Arguments.of(1, new Article("ghr-0001-0001-1", "Sickle cell disease - information", "https://example.org/scd",
                        null, "", List.of(), List.of(), List.of(),
                        "## Overview\n\nSickle cell disease is inherited.\n- It affects red blood cells.\n")),
                Arguments.of(2, new Article("ghr-0001-0001-2", "Sickle cell disease - symptoms", "https://example.org/scd",
                        null, "", List.of(), List.of(), List.of(), "## Symptoms\n\nPain crises are common.\n")),
                Arguments.of(10, new Article("ghr-0001-0001-2-2", "Slug twin", "", null, "", List.of(), List.of(), List.of(),
                        "## Overview\n\nIts id slugs like the one on line 2.\n")),
                Arguments.of(13, new Article("x-5", "Only required fields", "", null, "", List.of(), List.of(), List.of(),
                        "## Overview\n\nNo url, no section.\n")));
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("usableLines")
    void usableLineBecomesASingleSectionArticle(int line, Article expected) {
        assertThat(accepted.get(line)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "4  | not a JSON object",
            "5  | no 'text'",
            "6  | no 'title'",
            "7  | no 'id'",
            "8  | id 'GHR/0001/0001-1' repeats line 1",
            "11 | 'section' is not a string",
            "12 | 'title' is empty"})
    void badLineIsSkippedWithItsReason(int line, String reason) {
        assertThat(skipped.get(line)).isEqualTo(reason);
    }

    @Test
    void lineThatIsNotJsonIsSkippedWithTheParserMessage() {
        assertThat(skipped.get(3)).startsWith("not valid JSON: Unrecognized token 'not'");
    }

    @Test
    void everyNonBlankLineIsAcceptedOrSkippedOnce() {
        assertThat(accepted.keySet()).containsExactly(1, 2, 10, 13);
        assertThat(skipped.keySet()).containsExactly(3, 4, 5, 6, 7, 8, 11, 12);
    }

    @Test
    void passageKeepsTheLinesOwnIdAndTrimmedFields() {
        assertThat(passages.get(2)).isEqualTo(new JsonlPassage("GHR/0001/0001-2", "Sickle cell disease - symptoms",
                "https://example.org/scd", "Symptoms", "Pain crises are common."));
    }

    @Test
    void idThatSlugsLikeAnEarlierOneGetsASuffixAndAWarning() {
        assertThat(warnings).containsExactly("line 10: id 'ghr-0001-0001-2' becomes article 'ghr-0001-0001-2-2' "
                + "because 'ghr-0001-0001-2' is taken by line 2");
    }

    @Test
    void articlesChunkIntoOnePassageEach() {
        List<Passage> chunks = new SectionChunker().chunk(accepted.get(2));

        assertThat(chunks).containsExactly(new Passage("ghr-0001-0001-2#symptoms", "ghr-0001-0001-2",
                "Sickle cell disease - symptoms", "https://example.org/scd#symptoms", "Symptoms", null,
                "Pain crises are common."));
    }

    @Test
    void readsFromAStreamWithoutALineBreakAtTheEnd() throws IOException {
        List<String> ids = new ArrayList<>();
        byte[] jsonl = "{\"id\":\"a\",\"title\":\"A\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"title\":\"B\",\"text\":\"y\"}"
                .getBytes(StandardCharsets.UTF_8);

        new JsonlPassageReader().read(new ByteArrayInputStream(jsonl), new JsonlPassageReader.Listener() {
            @Override
            public void accepted(int line, JsonlPassage passage, Article article) {
                ids.add(line + ":" + article.id());
            }

            @Override
            public void skipped(int line, String reason) {
                ids.add(line + ":" + reason);
            }
        });

        assertThat(ids).containsExactly("1:a", "2:b");
    }

    @Test
    void aLineWithoutASectionIsSplitAtItsLabelledLines() {
        JsonlPassage p = new JsonlPassage("x-1", "Anemia", "", null, "Anemia is common.\nSymptoms: tiredness\nCauses:\nlow iron");
        assertThat(JsonlPassageReader.toArticle("x-1", p).body()).isEqualTo(
                "## Overview\n\nAnemia is common.\n\n## Symptoms\n\ntiredness\n\n## Causes\n\nlow iron\n");
    }

    @Test
    void aLineWithoutASectionOrLabelsIsNamedByItsTitlesKind() {
        JsonlPassage p = new JsonlPassage("x-2", "Anemia - treatment", "", null, "Iron pills help.");
        assertThat(JsonlPassageReader.toArticle("x-2", p).body()).isEqualTo("## Treatment\n\nIron pills help.\n");
    }
}
