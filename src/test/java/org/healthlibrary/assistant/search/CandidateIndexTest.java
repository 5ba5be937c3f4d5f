package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate index answers only the thread bound to it; every other thread keeps the live index. */
class CandidateIndexTest {

    @TempDir
    Path tmp;

    private LibraryIndex live;
    private PassageSearch search;
    private Path candidateKnowledge;

    private static void write(Path folder, String id, String title, String text) throws IOException {
        Files.writeString(folder.resolve(id + ".md"), "---\ntitle: " + title + "\n---\n## Overview\n" + text + "\n");
    }

    @BeforeEach
    void setUp() throws IOException {
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        write(knowledge, "anemia", "Anemia", "Anemia means too few red blood cells.");
        write(knowledge, "bruising", "Bruising", "Bruises come from bleeding under the skin.");
        live = new LibraryIndex(knowledge, new IndexStore(tmp.resolve("index")));
        live.openOrBuild();
        search = new PassageSearch(live);
        candidateKnowledge = Files.createDirectories(tmp.resolve("candidate"));
        write(candidateKnowledge, "anemia", "Anemia", "Anemia means too few red blood cells.");
        write(candidateKnowledge, "ferritin", "Ferritin", "Ferritin shows how much iron the body stores.");
    }

    @AfterEach
    void tearDown() {
        live.close();
    }

    @Test
    void withinAnswersFromTheCandidateOnTheCallingThreadOnly() throws Exception {
        try (CandidateIndex candidate = CandidateIndex.openOrBuild(live, tmp.resolve("index"),
                new LibraryLoader().load(candidateKnowledge), tmp.resolve("candidate-index"))) {
            assertThat(candidate.library().articles()).extracting(a -> a.id()).containsExactly("anemia", "ferritin");
            String liveHash = live.library().contentHash();
            String seen = live.within(candidate, () -> {
                assertThat(search.search("ferritin iron stores", 3).hits()).extracting(h -> h.passage().articleId()).contains("ferritin");
                String other = CompletableFuture.supplyAsync(() -> live.library().contentHash()).join();
                assertThat(other).isEqualTo(liveHash);
                return live.library().contentHash();
            });
            assertThat(seen).isEqualTo(candidate.library().contentHash()).isNotEqualTo(liveHash);
            assertThat(search.search("ferritin iron stores", 3).hits()).extracting(h -> h.passage().articleId())
                    .doesNotContain("ferritin");
            assertThat(live.library().contentHash()).isEqualTo(liveHash);
        }
    }

    @Test
    void anUnchangedCandidateIsReopenedNotRebuilt() throws Exception {
        var library = new LibraryLoader().load(candidateKnowledge);
        Path dir = tmp.resolve("candidate-index");
        String first;
        try (CandidateIndex candidate = CandidateIndex.openOrBuild(live, tmp.resolve("index"), library, dir)) {
            first = Files.readString(dir.resolve("CURRENT"));
        }
        try (CandidateIndex again = CandidateIndex.openOrBuild(live, tmp.resolve("index"), library, dir)) {
            assertThat(Files.readString(dir.resolve("CURRENT"))).isEqualTo(first);
            assertThat(again.passages()).isEqualTo(2);
        }
    }
}
