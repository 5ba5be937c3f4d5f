package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a folder that mixes Markdown articles and a JSONL corpus ({@code knowledge-fixtures/mixed/}). */
class LibraryLoaderJsonlTest {

    private static final Path MIXED = Path.of("src/test/resources/knowledge-fixtures/mixed");

    @Test
    void loadsMarkdownArticlesAndJsonlPassagesSortedById() {
        Library library = new LibraryLoader().load(MIXED);

        assertThat(library.articles()).extracting(Article::id)
                .containsExactly("anemia-basics", "nhlbi-0002-0002-1");
        assertThat(library.article("nhlbi-0002-0002-1").orElseThrow().body())
                .isEqualTo("## Overview\n\nIron-deficiency anemia is common.\n");
    }

    @Test
    void badJsonlLinesAndDuplicateIdsAreProblemsWithTheirLineNumbers() {
        Library library = new LibraryLoader().load(MIXED);

        assertThat(library.problems()).containsExactly(
                new LoadProblem("corpus.jsonl", "line 2: no 'text'"),
                new LoadProblem("corpus.jsonl", "line 3: duplicate id 'anemia-basics'"));
    }

    @Test
    void contentHashCoversEveryFileNameAndItsBytesInNameOrder() throws Exception {
        Library library = new LibraryLoader().load(MIXED);

        assertThat(library.contentHash()).isEqualTo(sha256(MIXED, "anemia-basics.md", "corpus.jsonl"));
    }

    @Test
    void changingTheCorpusChangesTheHash(@TempDir Path dir) throws IOException {
        Files.copy(MIXED.resolve("anemia-basics.md"), dir.resolve("anemia-basics.md"));
        Files.copy(MIXED.resolve("corpus.jsonl"), dir.resolve("corpus.jsonl"));
        String before = new LibraryLoader().load(dir).contentHash();

        Files.writeString(dir.resolve("corpus.jsonl"), "{\"id\":\"z\",\"title\":\"Z\",\"text\":\"z\"}\n",
                StandardOpenOption.APPEND);
        Library after = new LibraryLoader().load(dir);

        assertThat(after.contentHash()).isNotEqualTo(before);
        assertThat(after.articles()).extracting(Article::id).contains("z");
    }

    @Test
    void markdownOnlyFolderHashesAsBefore(@TempDir Path dir) throws Exception {
        Files.copy(MIXED.resolve("anemia-basics.md"), dir.resolve("anemia-basics.md"));

        assertThat(new LibraryLoader().load(dir).contentHash()).isEqualTo(sha256(dir, "anemia-basics.md"));
    }

    /** The documented scheme: for each file, its name, a zero byte, its bytes, a zero byte. */
    private static String sha256(Path folder, String... names) throws IOException, NoSuchAlgorithmException {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (String name : List.of(names)) {
            d.update(name.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(Files.readAllBytes(folder.resolve(name)));
            d.update((byte) 0);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
