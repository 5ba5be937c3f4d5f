package org.healthlibrary.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.AnswerTraced;
import org.healthlibrary.assistant.answer.Outcome;
import org.jboss.logging.Logger;

/**
 * The database observer of {@link AnswerTraced}, beside the in-memory trace store: retains each
 * trace ({@link RetainedTraces}) and, for a patient's question the library could not answer,
 * counts the unknown medical terms the evidence gate found ({@link GapCounts}; staff tests are
 * not counted). Suite runs' traces are neither retained nor counted. The event may be fired on
 * any thread, an I/O thread included, so traces wait in a bounded queue ({@value #QUEUE}; when it
 * is full a trace is dropped, never the answer delayed) for one background thread, which writes
 * whatever has queued up, up to {@value #BATCH} at a time, as one batch in one transaction: under
 * load that is one commit per batch instead of one per answer. Failures are logged without
 * patient text. Thread-safe.
 */
@ApplicationScoped
public class ReviewRecorder {

    /** Traces waiting to be written at most; more are dropped. */
    static final int QUEUE = 1000;
    /** Traces written in one transaction at most. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(ReviewRecorder.class);

    private final RetainedTraces traces;
    private final GapCounts gaps;
    private final BlockingQueue<AnswerTrace> pending = new ArrayBlockingQueue<>(QUEUE);
    /** True while a flush is queued on the writer and has not started draining. */
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trace-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong drops = new AtomicLong();

    public ReviewRecorder(RetainedTraces traces, GapCounts gaps) {
        this.traces = traces;
        this.gaps = gaps;
    }

    void onTraced(@Observes AnswerTraced event) {
        AnswerTrace trace = event.trace();
        if (trace.origin() == AnswerTrace.Origin.SUITE) {
            return; // a suite run's report keeps what each case got; thousands of rows would crowd out review
        }
        if (!pending.offer(trace)) {
            dropped();
        } else if (flushQueued.compareAndSet(false, true)) {
            writer.execute(this::flush);
        }
    }

    /** Writes what is pending, a batch at a time, until nothing is; runs on the writer thread. */
    private void flush() {
        flushQueued.set(false);
        List<AnswerTrace> batch = new ArrayList<>(BATCH);
        while (pending.drainTo(batch, BATCH) > 0) {
            writeAll(batch);
            batch.clear();
        }
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
        writeAll(List.of(trace));
    }

    /**
     * Retains the traces and counts their gaps in one transaction, on the caller's thread; if the
     * batch fails, each trace is tried on its own so one bad trace does not lose the others.
     */
    void writeAll(List<AnswerTrace> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                traces.saveAll(batch);
                batch.forEach(this::countGaps);
            });
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                LOG.warnf("A trace could not be retained (%s)", e.getClass().getSimpleName());
                return;
            }
            batch.forEach(this::write);
        }
    }

    private void countGaps(AnswerTrace trace) {
        if (trace.origin() == AnswerTrace.Origin.PATIENT && trace.outcome() == Outcome.NOT_IN_LIBRARY
                && !trace.unknownTerms().isEmpty()) {
            gaps.count(trace.unknownTerms(), IsoWeek.of(trace.at()));
        }
    }

    /** Waits until every trace observed so far is written (for tests and an orderly shutdown). */
    public void awaitWritten() {
        try {
            writer.submit(this::flush).get(30, TimeUnit.SECONDS);
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
