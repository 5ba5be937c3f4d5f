package org.healthlibrary.assistant.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.AnswerTraced;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.LabTrace;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SafetyTrace;
import org.healthlibrary.assistant.answer.WordingTrace;
import org.junit.jupiter.api.Test;

/**
 * What the review tables must do on every database, run by {@link ReviewStoresH2Test} and
 * {@link ReviewStoresPostgresqlTest}: a trace round-trips as JSON and is gone after the
 * retention, the cleanup deletes it, and gap counts add up per term and week.
 */
abstract class ReviewStoresContract {

    @Inject
    RetainedTraces traces;
    @Inject
    RetainedTraceCleanup cleanup;
    @Inject
    GapCounts gaps;
    @Inject
    ReviewRecorder recorder;

    static AnswerTrace trace(String id, Instant at, AnswerTrace.Origin origin, Outcome outcome, List<String> unknown) {
        return new AnswerTrace(id, at, origin, "What is sickle cell disease?", outcome, "evidence:unknown-medical-term",
                "DEFINITION", List.of(new AnswerTrace.Candidate("anemia#0", "anemia", "Overview", 0.5, 3.25, null, 0.4, true)),
                Map.of("diseese", "disease"), unknown,
                new SafetyTrace(null, null, false, false, false, null, true, List.of("WORRY")),
                new LabTrace("ANEMIA", "ROUTINE", "rules", List.of(new LabTrace.Value("HGB", 9.5, "g/dL", "LOW", 2,
                        "12-16 g/dL", "source")), List.of("why"), List.of(), List.of()),
                List.of(new Citation("anemia", "Anemia", "Overview", "/articles/anemia#overview", "Anemia is ...")),
                Map.of("safety", 0.25, "retrieval", 1.5), "Reply notices=[] citations=0", "The answer.",
                WordingTrace.extractive());
    }

    @Test
    void aTraceRoundTripsWithEveryField() {
        AnswerTrace t = trace(UUID.randomUUID().toString(), Instant.parse("2026-12-05T10:00:00Z").plus(daysAgo(0)),
                AnswerTrace.Origin.PATIENT, Outcome.NOT_IN_LIBRARY, List.of("sickle"));
        traces.save(t);
        traces.save(t);
        assertThat(traces.find(t.id())).contains(t);
        assertThat(traces.find("no-such-trace")).isEmpty();
    }

    @Test
    void aTraceOlderThanTheRetentionIsGoneAndTheCleanupDeletesIt() {
        AnswerTrace old = trace(UUID.randomUUID().toString(), Instant.now().minus(Duration.ofDays(8)),
                AnswerTrace.Origin.STAFF, Outcome.ANSWERED, List.of());
        AnswerTrace fresh = trace(UUID.randomUUID().toString(), Instant.now(), AnswerTrace.Origin.STAFF, Outcome.ANSWERED, List.of());
        traces.save(old);
        traces.save(fresh);
        assertThat(traces.find(old.id())).isEmpty();
        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);
        assertThat(cleanup.run()).isZero();
        assertThat(traces.find(fresh.id())).isPresent();
    }

    @Test
    void gapsAddUpPerTermAndWeek() {
        String term = "gapterm" + UUID.randomUUID().toString().substring(0, 8);
        gaps.count(List.of(term, term), "2026-W49");
        gaps.count(List.of(term), "2026-W49");
        gaps.count(List.of(term), "2026-W48");
        List<GapCount> mine = gaps.newest(10_000).stream().filter(g -> g.term().equals(term)).toList();
        assertThat(mine).containsExactly(new GapCount(term, "2026-W49", 2), new GapCount(term, "2026-W48", 1));
    }

    @Test
    void onlyAPatientsUnansweredQuestionIsCountedAndEveryTraceIsRetained() {
        String term = "recorded" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        AnswerTrace patient = trace(UUID.randomUUID().toString(), now, AnswerTrace.Origin.PATIENT, Outcome.NOT_IN_LIBRARY, List.of(term));
        AnswerTrace staff = trace(UUID.randomUUID().toString(), now, AnswerTrace.Origin.STAFF, Outcome.NOT_IN_LIBRARY, List.of(term));
        recorder.write(patient);
        recorder.write(staff);
        assertThat(gaps.newest(10_000).stream().filter(g -> g.term().equals(term)))
                .containsExactly(new GapCount(term, IsoWeek.of(now), 1));
        assertThat(traces.find(patient.id())).isPresent();
        assertThat(traces.find(staff.id())).isPresent();
    }

    @Test
    void aBatchKeepsEachTraceOnceAndCountsOnlyThePatientsGaps() {
        String term = "batched" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        AnswerTrace kept = trace(UUID.randomUUID().toString(), now, AnswerTrace.Origin.STAFF, Outcome.ANSWERED, List.of());
        traces.save(kept);
        AnswerTrace patient = trace(UUID.randomUUID().toString(), now, AnswerTrace.Origin.PATIENT, Outcome.NOT_IN_LIBRARY, List.of(term));
        AnswerTrace again = trace(kept.id(), now, AnswerTrace.Origin.PATIENT, Outcome.NOT_IN_LIBRARY, List.of(term));
        recorder.writeAll(List.of(patient, again, patient));
        assertThat(traces.find(kept.id())).contains(kept);
        assertThat(traces.find(patient.id())).contains(patient);
        assertThat(gaps.newest(10_000).stream().filter(g -> g.term().equals(term)))
                .containsExactly(new GapCount(term, IsoWeek.of(now), 3));
    }

    @Test
    void everyObservedTraceIsRetainedOnceTheWriterCatchesUp() {
        List<AnswerTrace> observed = java.util.stream.IntStream.range(0, 450)
                .mapToObj(i -> trace(UUID.randomUUID().toString(), Instant.now(), AnswerTrace.Origin.STAFF,
                        Outcome.ANSWERED, List.of()))
                .toList();
        observed.forEach(t -> recorder.onTraced(new AnswerTraced(t)));
        recorder.awaitWritten();
        assertThat(observed).allSatisfy(t -> assertThat(traces.find(t.id())).isPresent());
    }

    @Test
    void aSuiteRunsTraceIsNeitherRetainedNorCounted() {
        String term = "suiterun" + UUID.randomUUID().toString().substring(0, 8);
        AnswerTrace suite = trace(UUID.randomUUID().toString(), Instant.now(), AnswerTrace.Origin.SUITE,
                Outcome.NOT_IN_LIBRARY, List.of(term));
        recorder.onTraced(new AnswerTraced(suite));
        recorder.awaitWritten();
        assertThat(traces.find(suite.id())).isEmpty();
        assertThat(gaps.newest(10_000).stream().filter(g -> g.term().equals(term))).isEmpty();
    }

    private static Duration daysAgo(int days) {
        return Duration.ofDays(-days);
    }
}
