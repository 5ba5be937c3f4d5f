package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.search.PassageSearch;
import org.junit.jupiter.api.Test;

/**
 * Runs the fixed set of patient-style questions about the shipped library
 * ({@code questions/shipped-library.tsv}) and measures recall@3 (the expected passage is among
 * the first three retrieved) and top-1 (the answer's main citation is the expected passage).
 * Fails below recall@3 = 100% or top-1 = 90%.
 */
@QuarkusTest
class ShippedLibraryQuestionsTest {

    @Inject
    PassageSearch search;

    @Inject
    AnswerService answers;

    record Case(String question, List<String> expected) {
    }

    @Test
    void recallAt3IsCompleteAndTop1AtLeast90Percent() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        int inTop3 = 0;
        int top1 = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            var hits = search.search(c.question(), 3).hits();
            List<String> top3 = hits.stream().map(h -> h.passage().id()).toList();
            AnswerResult answer = answers.answer(c.question(), Conversation.start());
            String first = answer.citations().isEmpty() ? "-" : answer.citations().getFirst().articleId() + "#"
                    + answer.trace().candidates().getFirst().passageId().split("#", 2)[1];
            if (top3.stream().anyMatch(c.expected()::contains)) {
                inTop3++;
            } else {
                misses.add("NOT IN TOP 3: " + c.question() + " -> " + top3);
            }
            if (answer.outcome() == Outcome.ANSWERED && c.expected().contains(first)) {
                top1++;
            } else {
                misses.add("TOP-1 MISS:   " + c.question() + " -> " + answer.outcome() + " " + answer.trace().rule()
                        + " " + hits.stream().map(h -> String.format("%s %.2f cov=%.2f", h.passage().id(), h.score(),
                        h.coverage())).toList());
            }
        }
        double recall = (double) inTop3 / cases.size();
        double precision = (double) top1 / cases.size();
        System.out.printf("Shipped-library questions: %d, recall@3 = %.1f%%, top-1 = %.1f%%%n", cases.size(),
                100 * recall, 100 * precision);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(recall).as("recall@3; misses: %s", misses).isEqualTo(1.0);
        assertThat(precision).as("top-1; misses: %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = ShippedLibraryQuestionsTest.class.getResourceAsStream("/questions/shipped-library.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Case> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                out.add(new Case(parts[0].strip(), List.of(parts[1].strip().split("\\|"))));
            }
            return out;
        }
    }
}
