package org.healthlibrary.assistant.review;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.AnswerTraced;
import org.healthlibrary.assistant.answer.Outcome;
import org.jboss.logging.Logger;

/**
 * The database observer of {@link AnswerTraced}, beside the in-memory trace store: retains each
 * trace ({@link RetainedTraces}) and, for a patient's question the library could not answer,
 * counts the unknown medical terms the evidence gate found ({@link GapCounts}; staff tests are
 * not counted). Suite runs' traces are neither retained nor counted. The event may be fired on
 * any thread, an I/O thread included, so
 * the writes go to one background thread with a bounded queue ({@value #QUEUE} traces); when it is
 * full a trace is dropped, never the answer delayed. Failures are logged without patient text.
 * Thread-safe.
 */
@ApplicationScoped
public class ReviewRecorder {

    /** Traces waiting to be written at most; more are dropped. */
    static final int QUEUE = 1000;

    private static final Logger LOG = Logger.getLogger(ReviewRecorder.class);

    private final RetainedTraces traces;
    private final GapCounts gaps;
    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "trace-writer");
                t.setDaemon(true);
                return t;
            }, (r, pool) -> dropped());
    private final java.util.concurrent.atomic.AtomicLong drops = new java.util.concurrent.atomic.AtomicLong();

    public ReviewRecorder(RetainedTraces traces, GapCounts gaps) {
        this.traces = traces;
        this.gaps = gaps;
    }

    void onTraced(@Observes AnswerTraced event) {
        AnswerTrace trace = event.trace();
        if (trace.origin() == AnswerTrace.Origin.SUITE) {
            return; // a suite run's report keeps what each case got; thousands of rows would crowd out review
        }
        writer.execute(() -> write(trace));
    }

    /** Logs the first dropped trace and every thousandth after it, not each one. */
    private void dropped() {
        long n = drops.incrementAndGet();
        if (n % 1000 == 1) {
            LOG.warnf("The trace writer is behind: %d traces not retained so far", n);
        }
    }

    /** Retains the trace and counts its gaps now, on the caller's thread. */
    void write(AnswerTrace trace) {
        try {
            traces.save(trace);
            if (trace.origin() == AnswerTrace.Origin.PATIENT && trace.outcome() == Outcome.NOT_IN_LIBRARY
                    && !trace.unknownTerms().isEmpty()) {
                gaps.count(trace.unknownTerms(), IsoWeek.of(trace.at()));
            }
        } catch (RuntimeException e) {
            LOG.warnf("A trace could not be retained (%s)", e.getClass().getSimpleName());
        }
    }

    /** Waits until every trace observed so far is written (for tests and an orderly shutdown). */
    public void awaitWritten() {
        try {
            writer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The trace writer did not finish", e);
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
    }
}
