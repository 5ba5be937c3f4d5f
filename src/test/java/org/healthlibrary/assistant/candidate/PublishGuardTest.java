package org.healthlibrary.assistant.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two refusals of publishing: a failing must-pass case, and the reindex shrink rule. */
class PublishGuardTest {

    private static Comparison comparison(List<String> mustPassFailing) {
        return new Comparison("live", "cand", Instant.EPOCH, 1, 3, 3, 3 - mustPassFailing.size(), List.of(), mustPassFailing);
    }

    @Test
    void aCleanCandidateOfTheSameSizeHasNoRefusal() {
        assertThat(PublishGuard.refusals(comparison(List.of()), 16, 16, 0.5)).isEmpty();
    }

    @Test
    void aFailingMustPassCaseIsRefusedAndNamed() {
        List<PublishGuard.Refusal> refusals = PublishGuard.refusals(comparison(List.of("Emergencies: chest pain")), 16, 17, 0.5);
        assertThat(refusals).containsExactly(new PublishGuard.Refusal("must_pass_failing",
                "1 must-pass case(s) fail on the candidate: Emergencies: chest pain."));
    }

    @Test
    void losingMoreThanTheMaxShrinkIsRefusedExactlyAtTheReindexBoundary() {
        assertThat(PublishGuard.shrinksTooMuch(16, 8, 0.5)).isFalse();
        assertThat(PublishGuard.shrinksTooMuch(16, 7, 0.5)).isTrue();
        assertThat(PublishGuard.shrinksTooMuch(16, 0, 0.5)).isTrue();
        assertThat(PublishGuard.shrinksTooMuch(0, 0, 0.5)).isFalse();
        assertThat(PublishGuard.refusals(comparison(List.of()), 16, 0, 0.5)).containsExactly(new PublishGuard.Refusal(
                "library_shrinks", "The candidate has 0 articles and the live library 16: publishing may remove at most 50%"
                        + " of the articles (assistant.index.max-shrink)."));
    }

    @Test
    void bothRefusalsAreListedMustPassFirst() {
        assertThat(PublishGuard.refusals(comparison(List.of("a: b")), 10, 1, 0.5)).extracting(PublishGuard.Refusal::code)
                .containsExactly("must_pass_failing", "library_shrinks");
    }
}
