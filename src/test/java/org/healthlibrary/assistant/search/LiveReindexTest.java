package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reindexing while serving: queries never fail, and a failed or killed reindex leaves the old index serving. */
class LiveReindexTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path indexPath;
    private LibraryIndex index;

    @BeforeEach
    void setUp() throws IOException {
        knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        indexPath = tmp.resolve("index");
        for (int i = 0; i < 20; i++) {
            write("topic-" + i, "Topic " + i, "Platelets help blood clot. Entry number " + i + ".");
        }
        index = new LibraryIndex(knowledge, new IndexStore(indexPath));
        index.openOrBuild();
    }

    @AfterEach
    void tearDown() {
        index.onStop(null);
    }

    private void write(String id, String title, String text) throws IOException {
        Files.writeString(knowledge.resolve(id + ".md"), "---\ntitle: " + title + "\n---\n## Overview\n" + text
                + "\n## Causes\nMany causes.\n## Common questions\n### Is it serious?\nIt can be.\n");
    }

    private String current() throws IOException {
        return Files.readString(indexPath.resolve("CURRENT")).strip();
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> s = Files.list(indexPath)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    @Test
    void queriesRunningDuringRepeatedReindexesNeverFail() throws Exception {
        PassageSearch search = new PassageSearch(index);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger queries = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        java.util.Queue<String> why = new java.util.concurrent.ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        int hits = search.search("platelets clot", 5).hits().size();
                        if (hits != 5) {
                            failures.incrementAndGet();
                            why.add(hits + " hits");
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        why.add(e.toString());
                    }
                    queries.incrementAndGet();
                }
            }));
        }
        int rounds = 0;
        while (rounds < 6 || (queries.get() < 200 && rounds < 200)) {
            write("topic-0", "Topic 0", "Platelets help blood clot. Revision " + rounds + ".");
            index.rebuild();
            rounds++;
        }
        int lastRound = rounds - 1;
        stop.set(true);
        for (Future<?> w : workers) {
            w.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf("Live reindex: %d queries during %d reindexes, %d failures%n", queries.get(), rounds,
                failures.get());
        assertThat(queries.get()).isGreaterThanOrEqualTo(200);
        assertThat(why).isEmpty();
        assertThat(failures.get()).isZero();
        assertThat(search.search("revision", 1).hits().getFirst().passage().text()).contains("Revision " + lastRound + ".");
    }

    @Test
    void aSearchThatMeetsAGenerationClosedByASwapRunsAgainOnTheNewOne() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        int docs = index.withSearcher(searcher -> {
            if (attempts.getAndIncrement() == 0) {
                index.rebuild();
                throw new org.apache.lucene.store.AlreadyClosedException("this SearcherManager is closed");
            }
            return searcher.getIndexReader().numDocs();
        });
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(docs).isPositive();
    }

    @Test
    void aClosedGenerationWithoutASwapIsAnError() {
        assertThatThrownBy(() -> index.withSearcher(searcher -> {
            throw new org.apache.lucene.store.AlreadyClosedException("closed");
        })).isInstanceOf(org.apache.lucene.store.AlreadyClosedException.class);
    }

    @Test
    void aReindexThatFailsMidwayLeavesThePreviousIndexServing() throws IOException {
        String before = current();
        index.onStop(null);
        index = new LibraryIndex(knowledge, new IndexStore(indexPath, n -> {
            if (n == 30) {
                throw new UncheckedIOException(new IOException("disk full (simulated)"));
            }
        }));
        index.openOrBuild();
        PassageSearch search = new PassageSearch(index);
        write("topic-1", "Topic 1", "A brand new sentence about thrombocytopenia.");

        assertThatThrownBy(() -> index.rebuild()).hasRootCauseMessage("disk full (simulated)");

        assertThat(current()).isEqualTo(before);
        assertThat(generations()).containsExactly(before);
        assertThat(search.search("platelets", 3).hits()).hasSize(3);
        assertThat(search.search("thrombocytopenia", 3).hits()).isEmpty();
    }

    @Test
    void aReindexKilledMidwayIsIgnoredAtStartAndCleanedUpLater() throws IOException {
        String before = current();
        Path half = Files.createDirectories(indexPath.resolve("gen-9999999999999-killed"));
        Files.writeString(half.resolve("_0.cfs"), "half-written segment");
        index.onStop(null);

        index = new LibraryIndex(knowledge, new IndexStore(indexPath));
        index.openOrBuild();
        assertThat(current()).as("the killed build never became current").isEqualTo(before);
        assertThat(new PassageSearch(index).search("platelets", 1).hits()).hasSize(1);

        write("topic-2", "Topic 2", "Changed text.");
        index.rebuild();
        assertThat(generations()).containsExactly(current());
    }
}
