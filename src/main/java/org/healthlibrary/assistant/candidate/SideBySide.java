package org.healthlibrary.assistant.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.healthlibrary.assistant.evaluation.AnswerProbe;
import org.healthlibrary.assistant.evaluation.CaseCheck;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.ProbeAnswer;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.SuiteSummary;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.search.CandidateIndex;
import org.healthlibrary.assistant.search.LibraryIndex;

/**
 * Runs every stored suite on the live library and on a candidate, case by case through the same
 * {@link AnswerProbe} suites use, and compares: which cases changed outcome, first citation,
 * answer text or pass/fail (listed with the cases that block publishing first, then those whose
 * pass/fail changed), and which must-pass cases fail on the candidate. The candidate's
 * answers come from {@link LibraryIndex#within} on the calling thread, so patients keep the
 * live library meanwhile. Nothing is stored as a suite run. Thread-safe (stateless).
 */
@ApplicationScoped
public class SideBySide {

    private final Suites suites;
    private final AnswerProbe probe;
    private final LibraryIndex index;

    public SideBySide(Suites suites, AnswerProbe probe, LibraryIndex index) {
        this.suites = suites;
        this.probe = probe;
        this.index = index;
    }

    /** Compares the live library with {@code candidate} over every suite. Blocking. */
    public Comparison compare(CandidateIndex candidate) {
        String liveHash = probe.libraryHash();
        List<CaseDifference> changed = new ArrayList<>();
        List<String> mustPassFailing = new ArrayList<>();
        int suiteCount = 0;
        int cases = 0;
        int livePassed = 0;
        int candidatePassed = 0;
        for (SuiteSummary summary : suites.list()) {
            SuiteSpec spec = suites.get(summary.id());
            suiteCount++;
            for (CaseSpec c : spec.cases()) {
                cases++;
                ProbeAnswer live = ask(c);
                ProbeAnswer cand = index.within(candidate, () -> ask(c));
                List<String> liveFailures = CaseCheck.failures(c, live);
                List<String> candFailures = CaseCheck.failures(c, cand);
                livePassed += liveFailures.isEmpty() ? 1 : 0;
                candidatePassed += candFailures.isEmpty() ? 1 : 0;
                CaseDifference d = new CaseDifference(spec.name(), c.name(), c.mustPass(), liveFailures.isEmpty(),
                        candFailures.isEmpty(), live.outcome(), cand.outcome(), live.firstCitation(), cand.firstCitation(),
                        !Objects.equals(live.answer(), cand.answer()), live.answer(), cand.answer(), candFailures);
                if (d.outcomeChanged() || d.citationChanged() || d.answerChanged() || d.livePassed() != d.candidatePassed()
                        || d.blocksPublishing()) {
                    changed.add(d);
                }
                if (d.blocksPublishing()) {
                    mustPassFailing.add(spec.name() + ": " + c.name());
                }
            }
        }
        changed.sort(Comparator.comparing((CaseDifference d) -> !d.blocksPublishing())
                .thenComparing(d -> d.livePassed() == d.candidatePassed()));
        return new Comparison(liveHash, candidate.library().contentHash(), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                suiteCount, cases, livePassed, candidatePassed, List.copyOf(changed), List.copyOf(mustPassFailing));
    }

    /** One case's answer; a pipeline failure is an answer that fails every expectation, not an abort. */
    private ProbeAnswer ask(CaseSpec c) {
        try {
            return probe.ask(c.turns());
        } catch (RuntimeException e) {
            return new ProbeAnswer("ERROR: " + e.getClass().getSimpleName(), "", null, null, null, null);
        }
    }
}
