package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding cache: vectors survive reopening, interrupted writes are dropped, mostly stale files are compacted on request. */
class EmbeddingCacheTest {

    private static final int DIM = 4;
    private static final int RECORD = 32 + 4 * DIM;
    private static final int HEADER = 12;

    @TempDir
    Path dir;

    @Test
    void vectorsSurviveReopeningAndAreKeyedByEmbedderAndText() throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", DIM)) {
            assertThat(cache.get("anemia")).isNull();
            cache.put("anemia", new float[] {1, 0, 0, 0});
            cache.put("leukemia", new float[] {0, 1, 0, 0});
            assertThat(cache.appended()).isEqualTo(2);
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", DIM)) {
            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.get("anemia")).containsExactly(1, 0, 0, 0);
            assertThat(cache.get("leukemia")).containsExactly(0, 1, 0, 0);
            assertThat(cache.get("Anemia")).as("another text").isNull();
        }
        try (EmbeddingCache other = EmbeddingCache.open(dir, "model-b", DIM)) {
            assertThat(other.get("anemia")).as("another embedder").isNull();
        }
        assertThat(Files.size(dir.resolve("model-a.bin"))).isEqualTo(HEADER + 2 * RECORD);
    }

    @Test
    void aRecordCutShortByACrashIsDroppedAndTheRestKept() throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            cache.put("a", new float[] {1, 2, 3, 4});
        }
        Files.write(dir.resolve("m.bin"), new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND);

        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.get("a")).containsExactly(1, 2, 3, 4);
            cache.put("b", new float[] {4, 3, 2, 1});
        }
        assertThat(Files.size(dir.resolve("m.bin"))).isEqualTo(HEADER + 2 * RECORD);
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.get("b")).containsExactly(4, 3, 2, 1);
        }
    }

    @Test
    void aFileInAnotherFormatIsStartedAfresh() throws IOException {
        Files.writeString(dir.resolve("m.bin"), "not a cache");
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.size()).isZero();
            cache.put("a", new float[] {1, 1, 1, 1});
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.get("a")).containsExactly(1, 1, 1, 1);
        }
    }

    @Test
    void whenMostVectorsAreNoLongerUsedTheFileKeepsOnlyTheUsedOnes() throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            for (int i = 0; i < 5; i++) {
                cache.put("text " + i, new float[] {i, i, i, i});
            }
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.get("text 3")).containsExactly(3, 3, 3, 3);
            assertThat(cache.get("text 4")).containsExactly(4, 4, 4, 4);
            assertThat(cache.compactIfMostlyStale()).as("2 of 5 used").isTrue();
        }
        assertThat(Files.size(dir.resolve("m.bin"))).isEqualTo(HEADER + 2 * RECORD);
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.get("text 3")).containsExactly(3, 3, 3, 3);
            assertThat(cache.compactIfMostlyStale()).as("1 of 2 used: not mostly stale").isFalse();
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", DIM)) {
            assertThat(cache.get("text 3")).containsExactly(3, 3, 3, 3);
            cache.put("text 5", new float[] {5, 5, 5, 5});
        }
        assertThat(Files.size(dir.resolve("m.bin"))).as("closing never compacts").isEqualTo(HEADER + 3 * RECORD);
    }
}
