package org.healthlibrary.assistant.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * Answers the messages of a text file (one a line) with the full answer pipeline over the
 * shipped library, as the benchmark builds it, and prints outcome, rule, first citation and
 * answer per message: a quick look at how a set of wordings is handled, before writing a test.
 *
 * <pre>AskProbe FILE [--knowledge knowledge]</pre>
 */
public final class AskProbe {

    private AskProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> messages = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Library library = new LibraryLoader().load(Path.of(args.length > 2 ? args[2] : "knowledge"));
        Path cache = Path.of("target/bench-cache");
        LibraryIndex index = new LibraryIndex(() -> library, cache.resolve("embeddings"),
                cache.resolve("ask-probe-index"), SearchSettings.defaults());
        index.rebuild();
        PassageSearch search = new PassageSearch(index);
        AnswerService answers = BenchPipeline.over(index, search);
        for (String m : messages) {
            AnswerResult r = answers.answer(m, Conversation.start());
            String first = r.citations().isEmpty() ? "-" : r.citations().getFirst().articleId() + " > "
                    + r.citations().getFirst().section();
            System.out.printf("%s%n   %s %s | %s%n   %s%n", m, r.outcome(), r.draft().rule(), first,
                    r.answer().length() > 300 ? r.answer().substring(0, 300) + "..." : r.answer());
            if (Boolean.getBoolean("probe.hits")) {
                String asked = answers.retrievalQuery(m, Conversation.start());
                var result = search.search(asked, 8);
                System.out.printf("   asked=[%s] intent=%s unknown=%s related=%s%n", asked, result.intent(), result.terms().unknown(),
                        result.terms().related());
                result.hits().stream().limit(4).forEach(h -> System.out.printf("     %.3f cov=%.2f anch=%s %s%n", h.score(),
                        h.coverage(), h.anchored(), h.passage().id()));
            }
        }
        index.close();
        System.exit(0);
    }
}
