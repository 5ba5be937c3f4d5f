package org.healthlibrary.assistant.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidate's copy of the knowledge folder: started from the live one, changed, and mirrored back. */
class CandidateFolderTest {

    @TempDir
    Path tmp;

    private Path live;
    private CandidateFolder folder;

    private static String article(String title, String text) {
        return "---\ntitle: " + title + "\n---\n## Overview\n" + text + "\n";
    }

    @BeforeEach
    void setUp() throws IOException {
        live = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(live.resolve("anemia.md"), article("Anemia", "Anemia means too few red cells."));
        Files.writeString(live.resolve("bruising.md"), article("Bruising", "Bruises come from bleeding under the skin."));
        Files.writeString(live.resolve("README.md"), "Not an article");
        folder = new CandidateFolder(live, tmp.resolve("candidate/knowledge"));
    }

    @Test
    void theFirstEditCopiesTheLiveFolderAndChangesOnlyTheCopy() throws IOException {
        assertThat(folder.exists()).isFalse();
        assertThat(folder.source("anemia")).hasValue(article("Anemia", "Anemia means too few red cells."));
        folder.writeArticle("anemia", article("Anemia", "Anemia is a low hemoglobin."));
        assertThat(folder.exists()).isTrue();
        assertThat(folder.source("anemia")).hasValue(article("Anemia", "Anemia is a low hemoglobin."));
        assertThat(Files.readString(live.resolve("anemia.md"))).contains("too few red cells");
        assertThat(folder.load().articles()).extracting(a -> a.id()).containsExactly("anemia", "bruising");
        assertThat(Files.exists(tmp.resolve("candidate/knowledge/README.md"))).isFalse();
    }

    @Test
    void anArticleThatDoesNotReadIsRefusedWithTheReadersReason() {
        assertThatThrownBy(() -> folder.writeArticle("anemia", "---\nsummary: no title\n---\nBody\n"))
                .isInstanceOf(CandidateException.class).hasMessage("The article cannot be read: front matter has no title.")
                .extracting(e -> ((CandidateException) e).code()).isEqualTo("invalid_article");
        assertThatThrownBy(() -> folder.writeArticle("../anemia", article("A", "b")))
                .extracting(e -> ((CandidateException) e).code()).isEqualTo("invalid_article_id");
        assertThat(folder.exists()).isFalse();
    }

    @Test
    void importsTakeMarkdownHtmlAndJsonlAndRefuseOtherFiles() {
        assertThat(folder.importFile("iron.md", article("Iron", "Iron is in beans."))).isEqualTo("iron.md");
        assertThat(folder.importFile("page.html", "<html><head><title>Low platelets</title></head><body><main><h1>Low platelets</h1>"
                + "<h2>Overview</h2><p>Platelets help blood clot.</p></main></body></html>")).isEqualTo("page.md");
        assertThatThrownBy(() -> folder.importFile("notes.txt", "x"))
                .extracting(e -> ((CandidateException) e).code()).isEqualTo("unsupported_file");
        assertThatThrownBy(() -> folder.importFile("bad.jsonl", "{not json"))
                .extracting(e -> ((CandidateException) e).code()).isEqualTo("invalid_corpus");
        assertThat(folder.load().articles()).extracting(a -> a.id()).containsExactly("anemia", "bruising", "iron", "page");
    }

    @Test
    void publishingMirrorsTheCopySoTheLiveFolderHasTheSameContentHash() throws IOException {
        folder.writeArticle("iron", article("Iron", "Iron is in beans."));
        folder.deleteArticle("bruising");
        String candidateHash = folder.load().contentHash();
        folder.publishTo(live);
        assertThat(new LibraryLoader().load(live).contentHash()).isEqualTo(candidateHash);
        assertThat(Files.exists(live.resolve("bruising.md"))).isFalse();
        assertThat(Files.exists(live.resolve("README.md"))).isTrue();
        folder.discard();
        assertThat(folder.exists()).isFalse();
    }

    @Test
    void removingAnArticleTheCandidateLacksIsRefused() {
        folder.writeArticle("iron", article("Iron", "Iron is in beans."));
        assertThatThrownBy(() -> folder.deleteArticle("leukemia"))
                .extracting(e -> ((CandidateException) e).status()).isEqualTo(404);
    }
}
