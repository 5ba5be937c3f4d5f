package org.healthlibrary.assistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's loop: how many answers, which messages, failures counted, the time limit. */
class WarmUpTest {

    @Test
    void rehearsesExactlyTheAnswersAskedForCyclingThroughTheMessages() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<WarmUpStatus> progress = Collections.synchronizedList(new ArrayList<>());
        WarmUpStatus done = WarmUp.rehearse(List.of("a", "b", "c"), 10, 60_000, 1, seen::add, progress::add);
        assertThat(seen).containsExactly("a", "b", "c", "a", "b", "c", "a", "b", "c", "a");
        assertThat(done.state()).isEqualTo(WarmUpStatus.State.DONE);
        assertThat(done.answers()).isEqualTo(10);
        assertThat(done.failures()).isZero();
        assertThat(progress.getFirst()).isEqualTo(WarmUpStatus.running(0));
        assertThat(progress).allMatch(s -> s.state() == WarmUpStatus.State.RUNNING);
    }

    @Test
    void severalThreadsShareTheCountWithoutGoingOver() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        WarmUpStatus done = WarmUp.rehearse(List.of("a", "b"), 101, 60_000, 3, seen::add, s -> { });
        assertThat(seen).hasSize(101);
        assertThat(seen.stream().filter("a"::equals).count()).isEqualTo(51);
        assertThat(done.answers()).isEqualTo(101);
    }

    @Test
    void aMessageThatThrowsIsCountedAndTheRestGoOn() {
        List<String> seen = new ArrayList<>();
        WarmUpStatus done = WarmUp.rehearse(List.of("ok", "bad"), 6, 60_000, 1, m -> {
            seen.add(m);
            if (m.equals("bad")) {
                throw new IllegalStateException("no");
            }
        }, s -> { });
        assertThat(seen).hasSize(6);
        assertThat(done.answers()).isEqualTo(6);
        assertThat(done.failures()).isEqualTo(3);
    }

    @Test
    void stopsWhenTheTimeIsUpAndDoesNothingWithNothingToDo() {
        List<String> seen = new ArrayList<>();
        assertThat(WarmUp.rehearse(List.of("a"), 1_000, 0, 1, seen::add, s -> { }).answers()).isZero();
        assertThat(WarmUp.rehearse(List.of(), 1_000, 60_000, 1, seen::add, s -> { })).isEqualTo(WarmUpStatus.done(0, 0, 0));
        assertThat(WarmUp.rehearse(List.of("a"), 0, 60_000, 1, seen::add, s -> { })).isEqualTo(WarmUpStatus.done(0, 0, 0));
        assertThat(seen).isEmpty();
    }

    @Test
    void theMessagesAreTheShippedSuitesTurnsOnceEach() {
        List<String> messages = WarmUp.messages();
        int turns = 0;
        for (String resource : ShippedSuites.RESOURCES) {
            turns += ShippedSuites.read(resource).cases().stream().mapToInt(c -> c.turns().size()).sum();
        }
        assertThat(messages).doesNotHaveDuplicates().allMatch(m -> !m.isBlank());
        assertThat(messages.size()).isGreaterThan(1_000).isLessThanOrEqualTo(turns);
    }

    @Test
    void onlyPendingAndRunningHoldReadinessBack() {
        assertThat(WarmUpStatus.pending().finished()).isFalse();
        assertThat(WarmUpStatus.running(5).finished()).isFalse();
        assertThat(WarmUpStatus.done(5, 0, 10).finished()).isTrue();
        assertThat(WarmUpStatus.off().finished()).isTrue();
    }
}
