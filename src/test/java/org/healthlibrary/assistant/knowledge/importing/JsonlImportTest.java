package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.knowledge.importing.ImportReport.Skipped;
import org.healthlibrary.assistant.knowledge.importing.ImportReport.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlImportTest {

    static final Path CORPUS = Path.of("src/test/resources/knowledge-fixtures/passages.jsonl");

    @Test
    void reportsEveryLineImportedOrSkipped(@TempDir Path out) throws IOException {
        ImportReport report = new JsonlImport().run(CORPUS, out, false, false);

        assertThat(report.read()).isEqualTo(12);
        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.skipped()).extracting(Skipped::item)
                .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 11", "line 12");
        assertThat(report.skipped().get(5)).isEqualTo(new Skipped("line 8", "id 'GHR/0001/0001-1' repeats line 1"));
        assertThat(report.warnings()).containsExactly(new Warning("line 10",
                "id 'ghr-0001-0001-2' becomes article 'ghr-0001-0001-2-2' because 'ghr-0001-0001-2' is taken by line 2"));
    }

    @Test
    void writesTheUsableLinesNormalised(@TempDir Path out) throws IOException {
        new JsonlImport().run(CORPUS, out, false, false);

        assertThat(Files.readAllLines(out.resolve("passages.jsonl"))).containsExactly(
                "{\"id\":\"GHR/0001/0001-1\",\"title\":\"Sickle cell disease - information\",\"url\":\"https://example.org/scd\","
                        + "\"text\":\"Sickle cell disease is inherited.\\n- It affects red blood cells.\"}",
                "{\"id\":\"GHR/0001/0001-2\",\"title\":\"Sickle cell disease - symptoms\",\"url\":\"https://example.org/scd\","
                        + "\"section\":\"Symptoms\",\"text\":\"Pain crises are common.\"}",
                "{\"id\":\"ghr-0001-0001-2\",\"title\":\"Slug twin\",\"url\":\"\",\"text\":\"Its id slugs like the one on line 2.\"}",
                "{\"id\":\"X/5\",\"title\":\"Only required fields\",\"url\":\"\",\"text\":\"No url, no section.\"}");
        assertThat(fileNames(out)).containsExactly("passages.jsonl");
    }

    @Test
    void writtenCorpusLoadsNextToMarkdownArticles(@TempDir Path out) throws IOException {
        Files.copy(Path.of("knowledge/anemia.md"), out.resolve("anemia.md"));
        new JsonlImport().run(CORPUS, out, false, false);

        Library library = new LibraryLoader().load(out);

        assertThat(library.problems()).isEmpty();
        assertThat(library.articles()).extracting(Article::id)
                .containsExactly("anemia", "ghr-0001-0001-1", "ghr-0001-0001-2", "ghr-0001-0001-2-2", "x-5");
    }

    @Test
    void dryRunOnlyValidates(@TempDir Path out) throws IOException {
        ImportReport report = new JsonlImport().run(CORPUS, null, false, true);

        assertThat(report.imported()).isEqualTo(4);
        assertThat(fileNames(out)).isEmpty();
    }

    @Test
    void existingCorpusIsReplacedOnlyWithOverwrite(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("passages.jsonl"), "old\n");

        assertThatThrownBy(() -> new JsonlImport().run(CORPUS, out, false, false))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(out.resolve("passages.jsonl") + ": already exists (use --overwrite to replace it)");
        assertThat(Files.readString(out.resolve("passages.jsonl"))).isEqualTo("old\n");

        new JsonlImport().run(CORPUS, out, true, false);

        assertThat(Files.readAllLines(out.resolve("passages.jsonl"))).hasSize(4);
    }

    @Test
    void missingCorpusIsAnError(@TempDir Path out) {
        assertThatThrownBy(() -> new JsonlImport().run(out.resolve("none.jsonl"), out, false, false))
                .isInstanceOf(IOException.class)
                .hasMessage("JSONL file not found: " + out.resolve("none.jsonl").toAbsolutePath());
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
