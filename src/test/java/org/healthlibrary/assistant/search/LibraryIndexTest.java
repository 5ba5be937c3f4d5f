package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index lifecycle: built when missing, reopened when unchanged, rebuilt when an article changes. */
class LibraryIndexTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path indexPath;
    private LibraryIndex index;

    @BeforeEach
    void setUp() throws IOException {
        knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        indexPath = tmp.resolve("index");
        write("anemia", "Anemia", "Anemia means you have too few healthy red blood cells.");
        write("pancytopenia", "Pancytopenia", "Pancytopenia means all three blood cell types are low.");
        index = newIndex();
    }

    @AfterEach
    void tearDown() {
        index.onStop(null);
    }

    private LibraryIndex newIndex() {
        return new LibraryIndex(knowledge, new IndexStore(indexPath));
    }

    private void write(String id, String title, String text) throws IOException {
        Files.writeString(knowledge.resolve(id + ".md"),
                "---\ntitle: " + title + "\nurl: https://example.org/" + id + "\n---\n## Overview\n" + text + "\n");
    }

    private String currentGeneration() throws IOException {
        return Files.readString(indexPath.resolve("CURRENT")).strip();
    }

    @Test
    void isNotReadyUntilOpenedThenReady() throws IOException {
        assertThat(index.isReady()).isFalse();
        assertThat(new IndexReadinessCheck(index).call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThatThrownBy(() -> index.library()).isInstanceOf(IndexNotReadyException.class);
        index.openOrBuild();
        assertThat(index.isReady()).isTrue();
        assertThat(new IndexReadinessCheck(index).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void startUpReturnsReadyWhenTheBuildFitsTheWait() {
        assertThat(index.openAtStart(Duration.ofSeconds(60))).isTrue();
        assertThat(index.isReady()).isTrue();
    }

    @Test
    void aLongFirstBuildGoesOnInTheBackgroundAfterTheWait() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        LibraryLoader loader = new LibraryLoader();
        LibraryIndex slow = new LibraryIndex(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return loader.load(knowledge);
        }, tmp.resolve("slow-index"), SearchSettings.keywordOnly());
        try {
            assertThat(slow.openAtStart(Duration.ofMillis(50))).isFalse();
            assertThat(slow.isReady()).isFalse();
            HealthCheckResponse building = new IndexReadinessCheck(slow).call();
            assertThat(building.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(building.getData().orElseThrow()).containsEntry("reason", IndexReasons.OPENING);
            assertThatThrownBy(slow::library).isInstanceOf(IndexNotReadyException.class);

            release.countDown();
            for (int i = 0; i < 300 && !slow.isReady(); i++) {
                Thread.sleep(50);
            }
            assertThat(slow.isReady()).isTrue();
            assertThat(slow.library().articles()).hasSize(2);
        } finally {
            slow.close();
        }
    }

    @Test
    void unchangedLibraryReopensTheSameGenerationAndAChangedArticleRebuilds() throws IOException {
        index.openOrBuild();
        String first = currentGeneration();
        index.onStop(null);

        index = newIndex();
        index.openOrBuild();
        assertThat(currentGeneration()).as("unchanged articles: index opened as is").isEqualTo(first);

        index.onStop(null);
        write("anemia", "Anemia", "Anemia can make you feel tired and dizzy.");
        index = newIndex();
        index.openOrBuild();
        assertThat(currentGeneration()).as("changed article: rebuilt").isNotEqualTo(first);
        PassageSearch search = new PassageSearch(index);
        assertThat(search.search("dizzy", 1).hits().getFirst().passage().text())
                .isEqualTo("Anemia can make you feel tired and dizzy.");
        assertThat(Files.list(indexPath).filter(p -> p.getFileName().toString().startsWith("gen-")).count())
                .as("old generations are deleted").isEqualTo(1);
    }

    @Test
    void malformedArticleIsSkippedAndTheRestIndexed() throws IOException {
        Files.writeString(knowledge.resolve("broken.md"), "no front matter here");
        index.openOrBuild();
        assertThat(index.library().articles()).hasSize(2);
        assertThat(index.library().problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("broken.md"));
        assertThat(new PassageSearch(index).search("pancytopenia", 1).hits()).hasSize(1);
    }

    @Test
    void rebuildSwapsInNewContent() throws IOException {
        index.openOrBuild();
        PassageSearch search = new PassageSearch(index);
        assertThat(search.search("thrombocytopenia", 5).hits()).isEmpty();
        write("thrombocytopenia", "Thrombocytopenia", "Thrombocytopenia means a low platelet count.");
        LibraryIndex.RebuildReport report = index.rebuild();
        assertThat(report.articles()).isEqualTo(3);
        assertThat(search.search("thrombocytopenia", 5).hits()).isNotEmpty();
    }
}
