package org.healthlibrary.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the database feedback store must do on every database, run by {@link FeedbackStoreH2Test}
 * and {@link FeedbackStorePostgresqlTest}: one record per trace, filed by first citation, counted
 * by section, marked reviewed; the configured store is the database one.
 */
abstract class FeedbackStoreContract {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00.123456Z");

    @Inject
    FeedbackStore store;

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void theDefaultStoreIsTheDatabase() {
        assertThat(io.quarkus.arc.ClientProxy.unwrap(store)).isInstanceOf(DatabaseFeedbackStore.class);
    }

    @Test
    void aRecordRoundTripsAndALaterVerdictReplacesIt() {
        String trace = id();
        Feedback up = new Feedback(trace, Rating.UP, null, AT, "anemia", "Symptoms", null);
        store.save(up);
        assertThat(store.find(trace)).contains(up);
        Feedback down = new Feedback(trace, Rating.DOWN, Reason.HARD_TO_UNDERSTAND, AT.plusSeconds(5), "anemia", "Symptoms", null);
        store.save(down);
        assertThat(store.find(trace)).contains(down);
        assertThat(store.recent(1000).stream().filter(f -> f.traceId().equals(trace))).containsExactly(down);
        assertThat(store.find(id())).isEmpty();
    }

    @Test
    void recordsAreCountedByArticleAndSection() {
        String article = "counted-" + id().substring(0, 8);
        store.save(new Feedback(id(), Rating.DOWN, Reason.WRONG_OR_OUTDATED, AT, article, "Causes", null));
        store.save(new Feedback(id(), Rating.DOWN, null, AT, article, "Causes", null));
        store.save(new Feedback(id(), Rating.UP, null, AT, article, "Causes", null));
        store.save(new Feedback(id(), Rating.UP, null, AT, article, "Symptoms", null));
        assertThat(store.bySection().stream().filter(c -> article.equals(c.articleId())))
                .containsExactly(new SectionCount(article, "Causes", 1, 2, 3), new SectionCount(article, "Symptoms", 1, 0, 1));
    }

    @Test
    void markingReviewedKeepsWhoAndWhen() {
        String trace = id();
        store.save(new Feedback(trace, Rating.DOWN, Reason.OTHER, AT, null, null, null));
        assertThat(store.markReviewed(trace, "editor-a", AT.plusSeconds(60))).isTrue();
        assertThat(store.find(trace)).get().extracting(Feedback::review)
                .isEqualTo(new Feedback.Review("editor-a", AT.plusSeconds(60)));
        assertThat(store.markReviewed(id(), "editor-a", AT)).isFalse();
        assertThat(store.bySection().stream().filter(c -> c.articleId() == null).findFirst()).get()
                .satisfies(c -> assertThat(c.down()).isPositive());
    }
}
