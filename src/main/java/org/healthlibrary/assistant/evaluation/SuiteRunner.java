package org.healthlibrary.assistant.evaluation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Runs a suite: asks every case through {@link AnswerProbe}, scores it with {@link CaseCheck},
 * stores the run and its results, and reports them with the difference from the previous run.
 * A run is synchronous. Thread-safe.
 */
@ApplicationScoped
public class SuiteRunner {

    private final Session session;
    private final Suites suites;
    private final AnswerProbe probe;

    public SuiteRunner(Session session, Suites suites, AnswerProbe probe) {
        this.session = session;
        this.suites = suites;
        this.probe = probe;
    }

    /**
     * Runs suite {@code suiteId} for {@code actor}; returns the report. The cases are asked
     * outside any transaction (a 1,000-case suite on a busy machine takes longer than a
     * transaction may stay open); the run and its results are then stored in one short one.
     */
    public RunReport run(long suiteId, String actor) {
        record Asked(CaseSpec spec, int position) {
        }
        List<Asked> cases = QuarkusTransaction.requiringNew().call(() -> suites.existing(suiteId).cases.stream()
                .map(c -> new Asked(c.spec(), c.position)).toList());
        SuiteRun run = new SuiteRun();
        run.suiteId = suiteId;
        run.startedAt = Instant.now();
        run.startedBy = actor;
        run.libraryHash = probe.libraryHash();
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (Asked c : cases) {
            ProbeAnswer answer = probe.ask(c.spec().turns());
            List<String> failures = CaseCheck.failures(c.spec(), answer);
            CaseResult result = new CaseResult();
            result.caseName = c.spec().name();
            result.position = c.position();
            result.passed = failures.isEmpty();
            result.mustPass = c.spec().mustPass();
            result.outcome = answer.outcome();
            result.firstCitation = cut(answer.firstCitation(), 300);
            result.failures = failures;
            results.add(result);
            if (result.passed) {
                run.passed++;
            } else {
                run.failed++;
            }
        }
        run.finishedAt = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            session.persist(run);
            for (CaseResult result : results) {
                result.runId = run.id;
                session.persist(result);
            }
            session.flush();
            return report(run, suites.existing(suiteId).name);
        });
    }

    /** The report of a stored run. */
    @Transactional
    public RunReport report(long suiteId, long runId) {
        SuiteRun run = session.find(SuiteRun.class, runId);
        if (run == null || run.suiteId != suiteId) {
            throw new SuiteException(404, "no_such_run", "There is no run with that id for this suite.");
        }
        return report(run, suites.existing(suiteId).name);
    }

    /** The latest run's report, if the suite was ever run. */
    @Transactional
    public Optional<RunReport> latest(long suiteId) {
        suites.existing(suiteId);
        return runs(suiteId, 1).stream().findFirst().map(r -> report(suiteId, r.id));
    }

    /** The suite's runs, newest first, at most {@code limit}. */
    @Transactional
    public List<SuiteRun> runs(long suiteId, int limit) {
        return session.createSelectionQuery("from SuiteRun where suiteId = :id order by startedAt desc, id desc", SuiteRun.class)
                .setParameter("id", suiteId).setMaxResults(limit).getResultList();
    }

    private RunReport report(SuiteRun run, String suiteName) {
        List<CaseResult> results = results(run.id);
        Optional<SuiteRun> previous = session.createSelectionQuery(
                "from SuiteRun where suiteId = :suite and id < :id order by id desc", SuiteRun.class)
                .setParameter("suite", run.suiteId).setParameter("id", run.id).setMaxResults(1).getResultStream().findFirst();
        List<RunComparison.CaseChange> changes = RunComparison.between(
                previous.map(p -> results(p.id)).orElse(List.of()), results);
        Map<String, RunComparison.Change> byCase = new HashMap<>();
        changes.forEach(c -> byCase.put(c.caseName(), c.change()));
        List<RunReport.Row> rows = new ArrayList<>();
        int mustPassFailed = 0;
        for (CaseResult r : results) {
            rows.add(new RunReport.Row(r.caseName, r.passed, r.mustPass, r.outcome, r.firstCitation, r.failures, byCase.get(r.caseName)));
            if (r.mustPass && !r.passed) {
                mustPassFailed++;
            }
        }
        return new RunReport(run.id, run.suiteId, suiteName, run.startedAt, run.startedBy, run.libraryHash,
                run.passed, run.failed, mustPassFailed, rows, changes);
    }

    private List<CaseResult> results(long runId) {
        return session.createSelectionQuery("from CaseResult where runId = :id order by position", CaseResult.class)
                .setParameter("id", runId).getResultList();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
