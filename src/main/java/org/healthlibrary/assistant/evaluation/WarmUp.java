package org.healthlibrary.assistant.evaluation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.healthlibrary.assistant.answer.AnswerMessages;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.ExtractiveWording;
import org.healthlibrary.assistant.safety.SafetyMessages;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.jboss.logging.Logger;

/**
 * Rehearses answers once the library is open, before the instance reports ready
 * ({@link WarmUpReadinessCheck}): the messages of the shipped suites (library questions, lab
 * values, emergencies, near misses, dose questions: every path of the pipeline), each decided
 * and worded extractively in a new conversation. Nothing is published: no trace, no
 * conversation, no model call, no patient's message. Why: a fresh JVM answers at about a third
 * of its warm rate for its first minute (docs/benchmarks.md), so a replica that joined the load
 * balancer cold would give its first patients slow answers. Runs once per start, on threads of
 * its own; a failure of one message is counted and the rest go on.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    private final WarmUpConfig config;
    private final LibraryIndex index;
    private final AnswerService answers;
    private final ExtractiveWording wording;
    private volatile WarmUpStatus status = WarmUpStatus.pending();

    public WarmUp(WarmUpConfig config, LibraryIndex index, AnswerService answers, AnswerMessages messages,
                  SafetyMessages safety) {
        this.config = config;
        this.index = index;
        this.answers = answers;
        this.wording = new ExtractiveWording(messages, safety);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            status = WarmUpStatus.off();
            return;
        }
        Thread.ofPlatform().name("warm-up").daemon(true).start(() -> {
            awaitLibrary();
            status = rehearse(messages(), config.answers(), config.maxDuration().toMillis(), config.threads(),
                    this::rehearseOne, s -> status = s);
            LOG.infof("Warm-up: %d answers rehearsed in %d ms (%d failed)", status.answers(), status.millis(),
                    status.failures());
        });
    }

    /** Where the warm-up is: the readiness check reads it. */
    public WarmUpStatus status() {
        return status;
    }

    private void rehearseOne(String message) {
        wording.text(answers.decide(message, Conversation.start(), null).draft());
    }

    /**
     * Waits until the index is open. An index that cannot open keeps the warm-up waiting (the
     * index's own readiness check says why the instance is not ready) until a reindex opens one.
     */
    private void awaitLibrary() {
        while (!index.isReady()) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every message of the shipped suites, once each, in the suites' order. */
    static List<String> messages() {
        Set<String> all = new LinkedHashSet<>();
        for (String resource : ShippedSuites.RESOURCES) {
            ShippedSuites.read(resource).cases().forEach(c -> all.addAll(c.turns()));
        }
        return List.copyOf(all);
    }

    /**
     * Runs {@code rehearse} over {@code messages} in turn (from the start again when they run out)
     * on {@code threads} threads until {@code answers} are done or {@code maxMillis} have passed;
     * {@code progress} sees the running status. Returns the final status.
     */
    static WarmUpStatus rehearse(List<String> messages, int answers, long maxMillis, int threads,
                                 Consumer<String> rehearse, Consumer<WarmUpStatus> progress) {
        if (messages.isEmpty() || answers <= 0) {
            return WarmUpStatus.done(0, 0, 0);
        }
        long start = System.nanoTime();
        BooleanSupplier timeLeft = () -> (System.nanoTime() - start) / 1_000_000 < maxMillis;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        progress.accept(WarmUpStatus.running(0));
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < answers && timeLeft.getAsBoolean()) {
                try {
                    rehearse.accept(messages.get(i % messages.size()));
                } catch (RuntimeException e) {
                    if (failed.incrementAndGet() == 1) {
                        LOG.warnf("Warm-up: a rehearsed answer failed (%s at %s); counting the rest", e.getClass().getName(),
                                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
                    }
                }
                progress.accept(WarmUpStatus.running(done.incrementAndGet()));
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < Math.max(1, threads); t++) {
            started.add(Thread.ofPlatform().name("warm-up-" + t).daemon(true).start(worker));
        }
        worker.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return WarmUpStatus.done(done.get(), failed.get(), (System.nanoTime() - start) / 1_000_000);
    }
}
