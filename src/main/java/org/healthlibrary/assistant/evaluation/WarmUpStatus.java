package org.healthlibrary.assistant.evaluation;

/**
 * Where the start-up warm-up is.
 *
 * @param state    {@link State#PENDING} (waiting for the library), {@link State#RUNNING},
 *                 {@link State#DONE} or {@link State#OFF} (disabled)
 * @param answers  answers rehearsed so far
 * @param failures of those, how many threw (counted, not retried)
 * @param millis   how long it took (when done)
 */
public record WarmUpStatus(State state, int answers, int failures, long millis) {

    /** The warm-up's states; only {@code PENDING} and {@code RUNNING} keep the instance not ready. */
    public enum State { PENDING, RUNNING, DONE, OFF }

    static WarmUpStatus pending() {
        return new WarmUpStatus(State.PENDING, 0, 0, 0);
    }

    static WarmUpStatus running(int answers) {
        return new WarmUpStatus(State.RUNNING, answers, 0, 0);
    }

    static WarmUpStatus done(int answers, int failures, long millis) {
        return new WarmUpStatus(State.DONE, answers, failures, millis);
    }

    static WarmUpStatus off() {
        return new WarmUpStatus(State.OFF, 0, 0, 0);
    }

    /** True once the warm-up no longer holds readiness back. */
    public boolean finished() {
        return state == State.DONE || state == State.OFF;
    }
}
