package org.healthlibrary.assistant.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthlibrary.assistant.bench.NeighbourEvalData.Item;
import org.healthlibrary.assistant.safety.ExemplarVectors;
import org.healthlibrary.assistant.safety.SafetyExemplars;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;
import org.healthlibrary.assistant.search.PassageEmbedder;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * Writes the shipped exemplar vectors ({@link ExemplarVectors}) of {@code safety/exemplars.jsonl}
 * for every embedding model into {@code src/main/resources/safety/}. Run it after editing the
 * exemplars (a test fails until then): {@code ./mvnw -q -Pbench test-compile exec:java
 * -Dexec.mainClass=org.healthlibrary.assistant.bench.SafetyExemplarVectors}. Each message is
 * embedded exactly as the service embeds a patient's message ({@link PassageEmbedder#embedQuery}).
 */
public final class SafetyExemplarVectors {

    private SafetyExemplarVectors() {
    }

    /** Entry point; no arguments. */
    public static void main(String[] args) throws Exception {
        for (EmbeddingModelChoice model : List.of(EmbeddingModelChoice.ALL_MINILM_L6_V2_Q,
                EmbeddingModelChoice.BGE_SMALL_EN_V15_Q)) {
            try (PassageEmbedder embedder = PassageEmbedder.of(SearchSettings.defaults().withEmbeddingModel(model))) {
                List<Item> items = new NeighbourEvalData(embedder, Path.of("target/safety-neighbour-cache")).exemplars();
                ExemplarVectors vectors = new ExemplarVectors(embedder.id(),
                        SafetyExemplars.fingerprint(items.stream().map(Item::exemplar).toList()),
                        items.stream().map(Item::vector).toArray(float[][]::new));
                Path out = Path.of("src/main/resources" + ExemplarVectors.resource(embedder.id()));
                try (OutputStream o = Files.newOutputStream(out)) {
                    vectors.write(o);
                }
                System.out.printf("%s: %d vectors, %d bytes%n", out, items.size(), Files.size(out));
            }
        }
    }
}
