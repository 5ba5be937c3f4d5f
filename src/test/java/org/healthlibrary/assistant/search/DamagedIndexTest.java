package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library that protects itself: a damaged generation on disk (a truncated file, flipped
 * bytes) is found when it is opened and rebuilt from the knowledge folder; a query that meets a
 * damaged file gets a 503 (IndexDamagedException) and starts that rebuild; readiness says only
 * reason codes.
 */
class DamagedIndexTest {

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
        index.openOrBuild();
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private LibraryIndex newIndex() {
        return new LibraryIndex(knowledge, new IndexStore(indexPath));
    }

    private void write(String id, String title, String text) throws IOException {
        Files.writeString(knowledge.resolve(id + ".md"),
                "---\ntitle: " + title + "\nurl: https://example.org/" + id + "\n---\n## Overview\n" + text + "\n");
    }

    private Path generation() throws IOException {
        return indexPath.resolve(Files.readString(indexPath.resolve("CURRENT")).strip());
    }

    /** The generation's largest file: a segment data file (compound file or postings). */
    private Path largestSegmentFile() throws IOException {
        try (Stream<Path> files = Files.list(generation())) {
            return files.filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(DamagedIndexTest::size)).orElseThrow();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void reopenAfter(Damage damage) throws IOException {
        String before = generation().getFileName().toString();
        index.close();
        damage.apply(largestSegmentFile());
        index = newIndex();
        index.openOrBuild();
        assertThat(index.isReady()).isTrue();
        assertThat(generation().getFileName().toString()).as("a new generation was built").isNotEqualTo(before);
        assertThat(new PassageSearch(index).search("pancytopenia", 1).hits().getFirst().passage().articleId())
                .isEqualTo("pancytopenia");
    }

    @FunctionalInterface
    private interface Damage {
        void apply(Path file) throws IOException;
    }

    @Test
    void aTruncatedSegmentFileIsRebuiltAtOpenAndAnswers() throws IOException {
        reopenAfter(file -> {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(f.length() / 2);
            }
        });
    }

    @Test
    void flippedBytesInsideASegmentAreDetectedAndRebuilt() throws IOException {
        reopenAfter(file -> {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                long middle = f.length() / 2;
                f.seek(middle);
                int b = f.read();
                f.seek(middle);
                f.write(b ^ 0xFF);
            }
        });
    }

    @Test
    void integrityCheckPassesOnAWholeGenerationAndFailsOnAFlippedByte() throws IOException {
        try (var d = org.apache.lucene.store.FSDirectory.open(generation())) {
            IndexIntegrity.verify(d);
        }
        index.close();
        Path file = largestSegmentFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(file, bytes);
        try (var d = org.apache.lucene.store.FSDirectory.open(generation())) {
            assertThatThrownBy(() -> IndexIntegrity.verify(d)).isInstanceOf(CorruptIndexException.class);
        }
    }

    @Test
    void aQueryThatMeetsADamagedFileGets503AndTheIndexIsRebuilt() throws InterruptedException {
        assertThatThrownBy(() -> index.withSearcher(searcher -> {
            throw new CorruptIndexException("checksum failed (simulated)", "_0.cfs");
        })).isInstanceOf(IndexDamagedException.class).isInstanceOf(IndexNotReadyException.class)
                .hasMessage("The health library is being repaired. Try again in a minute.");
        for (int i = 0; i < 200 && !index.isReady(); i++) {
            Thread.sleep(50);
        }
        assertThat(index.isReady()).as("rebuilt in the background").isTrue();
        assertThat(new PassageSearch(index).search("anemia", 1).hits()).hasSize(1);
        assertThat(new IndexReadinessCheck(index).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void readinessWhileRepairingSaysAReasonCodeOnly() {
        index.close();
        LibraryIndex broken = new LibraryIndex(tmp.resolve("no-such-folder"), new IndexStore(tmp.resolve("other")));
        try {
            broken.openAtStart(java.time.Duration.ofSeconds(30));
            HealthCheckResponse ready = new IndexReadinessCheck(broken).call();
            assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(ready.getData().orElseThrow()).containsOnlyKeys("reason")
                    .containsEntry("reason", IndexReasons.OPEN_FAILED);
        } finally {
            broken.close();
        }
    }

    @Test
    void anEmptyKnowledgeFolderIsRefusedAndTheOldLibraryKeepsServing() throws IOException {
        for (Path p : List.of(knowledge.resolve("anemia.md"), knowledge.resolve("pancytopenia.md"))) {
            Files.delete(p);
        }
        assertThatThrownBy(() -> index.rebuild()).isInstanceOf(LibraryShrinkException.class)
                .hasMessageContaining("has 0 articles").hasMessageContaining("serving has 2")
                .hasMessageNotContaining(tmp.toString());
        assertThat(index.library().articles()).hasSize(2);
        assertThat(new PassageSearch(index).search("anemia", 1).hits()).hasSize(1);
        assertThat(new IndexReadinessCheck(index).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aForcedReindexOfAnEmptyFolderIsBuiltAndReadinessSaysTheLibraryIsEmpty() throws IOException {
        Files.delete(knowledge.resolve("anemia.md"));
        Files.delete(knowledge.resolve("pancytopenia.md"));
        assertThat(index.rebuild(true).articles()).isZero();
        HealthCheckResponse ready = new IndexReadinessCheck(index).call();
        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(ready.getData().orElseThrow()).containsEntry("reason", IndexReasons.LIBRARY_EMPTY);
    }

    @Test
    void aLibraryThatLostHalfOrLessIsRebuiltWithoutForce() throws IOException {
        Files.delete(knowledge.resolve("anemia.md"));
        assertThat(index.rebuild().articles()).as("2 -> 1 is exactly the 50% allowed").isEqualTo(1);
    }

    @Test
    void atStartUpAnEmptyFolderDoesNotReplaceTheIndexOnDisk() throws IOException {
        index.close();
        Files.delete(knowledge.resolve("anemia.md"));
        Files.delete(knowledge.resolve("pancytopenia.md"));
        Path before = generation();
        index = newIndex();
        index.openAtStart(java.time.Duration.ofSeconds(30));
        assertThat(index.isReady()).isFalse();
        assertThat(index.failure()).isEqualTo(IndexReasons.LIBRARY_SHRANK);
        assertThat(generation()).as("the last good generation stays on disk").isEqualTo(before);
    }
}
