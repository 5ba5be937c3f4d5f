package org.healthlibrary.assistant.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * One MedQuAD question set through the answer pipeline: a question whose topic is in the library
 * must be answered with one of its relevant passages first; a question whose topic was held out
 * must be refused. "Right article" means the first citation is a passage of the question's topic.
 */
final class MedquadRun {

    private final MedquadLibrary library;
    private final AnswerService answers;
    private final PassageSearch search;
    private final String perturb;
    private final AnswerBench bench;

    MedquadRun(MedquadLibrary library, AnswerService answers, PassageSearch search, String perturb, AnswerBench bench) {
        this.library = library;
        this.answers = answers;
        this.search = search;
        this.perturb = perturb;
        this.bench = bench;
    }

    /** All unanswerable questions, and a seeded sample of {@code n} answerable ones (all when n is 0). */
    static List<MedquadLibrary.Question> sample(List<MedquadLibrary.Question> all, int n) {
        List<MedquadLibrary.Question> answerable = new ArrayList<>(all.stream().filter(MedquadLibrary.Question::answerable).toList());
        if (n <= 0 || n >= answerable.size()) {
            return all;
        }
        Collections.shuffle(answerable, new Random(42));
        List<MedquadLibrary.Question> out = new ArrayList<>(answerable.subList(0, n));
        out.addAll(all.stream().filter(q -> !q.answerable()).toList());
        return out;
    }

    void run(String set, List<MedquadLibrary.Question> questions) {
        String name = perturb == null ? set : set + "-" + perturb;
        for (MedquadLibrary.Question q : questions) {
            String text = perturb == null ? q.question() : perturbed(q);
            long t = System.nanoTime();
            AnswerResult r = answers.answer(text, Conversation.start());
            long elapsed = System.nanoTime() - t;
            Citation first = r.citations().isEmpty() ? null : r.citations().getFirst();
            String line = first == null ? null : library.lineIdOf(first.articleId());
            boolean ok = line != null && q.relevant().contains(line);
            boolean topic = line != null && library.focusOf(line).equalsIgnoreCase(q.focus());
            Outcome expected = q.answerable() ? Outcome.ANSWERED : Outcome.NOT_IN_LIBRARY;
            bench.tally(name, q.split()).add(expected, r.outcome(), ok, topic, elapsed);
            boolean answered = r.outcome() == Outcome.ANSWERED || r.outcome() == Outcome.LAB_RESULT;
            if (q.answerable() ? !(answered && ok) : answered) {
                bench.miss(name, q.split(), q.qid(), text, expected, q.focus(), r);
            }
            String asked = answers.retrievalQuery(text, Conversation.start());
            SearchResult result = search.search(asked, 8);
            String top = result.hits().isEmpty() ? null : library.lineIdOf(result.hits().getFirst().passage().articleId());
            bench.addFeature(name, q.split(), q.qid(), asked, result, q.answerable(),
                    q.answerable() && top != null && q.relevant().contains(top), r);
        }
    }

    private String perturbed(MedquadLibrary.Question q) {
        BenchCorpus.Question b = new BenchCorpus.Question(q.qid(), q.question(), q.relevant(), null);
        return BenchCorpus.perturb(List.of(b), perturb).getFirst().question();
    }
}
