package org.healthlibrary.assistant.knowledge;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints how long loading and chunking a library folder takes, e.g. the shipped articles plus
 * an imported MedQuAD corpus. A program, not a test:
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=org.healthlibrary.assistant.knowledge.LibraryLoadBenchmark -Dexec.args="FOLDER [ROUNDS]"}.
 */
public final class LibraryLoadBenchmark {

    private LibraryLoadBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: LibraryLoadBenchmark FOLDER [ROUNDS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        LibraryLoader loader = new LibraryLoader();
        SectionChunker chunker = new SectionChunker();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            Library library = loader.load(folder);
            long loaded = System.nanoTime();
            long passages = library.articles().stream().mapToLong(a -> chunker.chunk(a).size()).sum();
            long chunked = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "round %d: %d articles, %d problems, %d passages; load %.2f s, chunk %.2f s, heap used %d MB%n",
                    round, library.articles().size(), library.problems().size(), passages, (loaded - start) / 1e9,
                    (chunked - loaded) / 1e9, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }
}
