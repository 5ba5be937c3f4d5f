package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dense retrieval with the default embedding model: each passage is embedded once, whatever
 * the restarts and reindexes, and the hits still carry the evidence the gate needs.
 */
class DenseRetrievalTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private LibraryIndex index;

    @BeforeEach
    void setUp() throws IOException {
        knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        write("anemia", "Anemia", "Anemia means you have too few healthy red blood cells.",
                "You may feel tired, weak or short of breath, and look pale.");
        write("nosebleeds", "Nosebleeds", "A nosebleed is bleeding from the lining of the nose.",
                "Pinch the soft part of the nose and lean forward for ten minutes.");
        write("leukemia", "Leukemia", "Leukemia is a cancer of the blood-forming tissues.",
                "Treatment may include chemotherapy, targeted therapy or a stem cell transplant.");
    }

    @AfterEach
    void tearDown() {
        if (index != null) {
            index.close();
        }
    }

    private void write(String id, String title, String overview, String treatment) throws IOException {
        Files.writeString(knowledge.resolve(id + ".md"), "---\ntitle: " + title + "\nurl: https://example.org/" + id
                + "\n---\n## Overview\n" + overview + "\n## Treatment\n" + treatment + "\n");
    }

    private LibraryIndex newIndex(Path indexPath) {
        LibraryLoader loader = new LibraryLoader();
        Supplier<Library> source = () -> loader.load(knowledge);
        return new LibraryIndex(source, indexPath, SearchSettings.defaults());
    }

    @Test
    void eachPassageIsEmbeddedOnceAcrossRestartsAndReindexes() throws IOException {
        Path indexPath = tmp.resolve("index");
        index = newIndex(indexPath);
        assertThat(index.rebuild().embedded()).as("first build embeds all 6 passages").isEqualTo(6);
        assertThat(index.rebuild().embedded()).as("reindex, nothing changed").isZero();
        index.close();

        write("anemia", "Anemia", "Anemia means you have too few healthy red blood cells.",
                "You may feel tired and dizzy.");
        index = newIndex(indexPath);
        assertThat(index.rebuild().embedded()).as("only the edited passage").isEqualTo(1);
        index.close();

        index = new LibraryIndex(() -> new LibraryLoader().load(knowledge), indexPath.resolve("embeddings"),
                tmp.resolve("another-index"), SearchSettings.defaults());
        assertThat(index.rebuild().embedded()).as("a new index reuses the cache").isZero();
        assertThat(index.rebuild().passages()).isEqualTo(6);
    }

    @Test
    void anIndexBuiltWithAnotherModelIsRebuiltAtStartAndAnUnchangedOneReopened() throws IOException {
        Path indexPath = tmp.resolve("index");
        index = new LibraryIndex(() -> new LibraryLoader().load(knowledge), indexPath, SearchSettings.keywordOnly());
        index.openOrBuild();
        String keywordOnly = Files.readString(indexPath.resolve("CURRENT"));
        index.close();

        index = newIndex(indexPath);
        index.openOrBuild();
        String dense = Files.readString(indexPath.resolve("CURRENT"));
        assertThat(dense).as("model changed: rebuilt").isNotEqualTo(keywordOnly);
        index.close();

        index = newIndex(indexPath);
        index.openOrBuild();
        assertThat(Files.readString(indexPath.resolve("CURRENT"))).as("unchanged: reopened").isEqualTo(dense);
    }

    @Test
    void denseHitsCarryCoverageAndAnchoring() throws IOException {
        index = newIndex(tmp.resolve("index"));
        index.openOrBuild();
        SearchResult result = new PassageSearch(index).search("How is leukemia treated?", 3);
        SearchHit top = result.hits().getFirst();
        assertThat(top.passage().id()).isEqualTo("leukemia#treatment");
        assertThat(top.anchored()).isTrue();
        assertThat(top.coverage()).isEqualTo(1.0);
        assertThat(result.hits()).hasSize(3);
    }
}
