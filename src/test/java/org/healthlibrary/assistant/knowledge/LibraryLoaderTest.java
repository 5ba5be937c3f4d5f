package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void malformedArticlesAreReportedAndTheOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("anemia.md"), "---\ntitle: Anemia\n---\n## Overview\nText.\n");
        Files.writeString(dir.resolve("broken-yaml.md"), "---\ntitle: [oops\n---\nText\n");
        Files.writeString(dir.resolve("no-title.md"), "---\nurl: x\n---\nText\n");
        Files.writeString(dir.resolve("empty-body.md"), "---\ntitle: Empty\n---\n\n");
        Files.writeString(dir.resolve("notes.txt"), "not an article");

        Library library = new LibraryLoader().load(dir);

        assertThat(library.articles()).extracting(Article::id).containsExactly("anemia");
        assertThat(library.problems()).extracting(LoadProblem::file)
                .containsExactly("broken-yaml.md", "empty-body.md", "no-title.md");
        assertThat(library.problems()).extracting(LoadProblem::reason).containsExactly(
                library.problems().get(0).reason(), "body is empty", "front matter has no title");
        assertThat(library.problems().get(0).reason()).startsWith("front matter is not valid YAML");
    }

    @Test
    void contentHashChangesWhenAnyFileChanges() throws IOException {
        Files.writeString(dir.resolve("anemia.md"), "---\ntitle: Anemia\n---\nText.\n");
        String before = new LibraryLoader().load(dir).contentHash();
        assertThat(new LibraryLoader().load(dir).contentHash()).isEqualTo(before);
        Files.writeString(dir.resolve("anemia.md"), "---\ntitle: Anemia\n---\nText changed.\n");
        assertThat(new LibraryLoader().load(dir).contentHash()).isNotEqualTo(before);
    }
}
