package org.healthlibrary.assistant.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Feedback in the console's database (table {@code feedback} of migration V3), so it survives a
 * restart and every replica sees it. A row holds the trace id, rating, reason, the article and
 * section the answer cited first, when it was recorded and who reviewed it: never message text.
 * Saving replaces the trace's earlier row in one transaction. Plain SQL through the active
 * Hibernate session, the same on H2 and PostgreSQL. Each call runs in its own transaction (or
 * joins the caller's). Thread-safe: the session is Quarkus's transaction-scoped proxy.
 */
public final class DatabaseFeedbackStore implements FeedbackStore {

    private static final String COLUMNS = "trace_id, rating, reason, article_id, section, created_at, reviewed_at, reviewed_by";

    private final Session session;

    public DatabaseFeedbackStore(Session session) {
        this.session = session;
    }

    @Override
    public void save(Feedback f) {
        QuarkusTransaction.joiningExisting().run(() -> {
            session.createNativeMutationQuery("delete from feedback where trace_id = :id")
                    .setParameter("id", f.traceId()).executeUpdate();
            session.createNativeMutationQuery("insert into feedback (" + COLUMNS + ") values "
                            + "(:id, :rating, :reason, :article, :section, :at, :reviewedAt, :reviewedBy)")
                    .setParameter("id", f.traceId())
                    .setParameter("rating", f.rating().wire())
                    .setParameter("reason", f.reason() == null ? null : f.reason().wire(), String.class)
                    .setParameter("article", cut(f.articleId(), 200), String.class)
                    .setParameter("section", cut(f.section(), 300), String.class)
                    .setParameter("at", time(f.recordedAt()))
                    .setParameter("reviewedAt", f.review() == null ? null : time(f.review().at()), OffsetDateTime.class)
                    .setParameter("reviewedBy", f.review() == null ? null : f.review().by(), String.class)
                    .executeUpdate();
        });
    }

    @Override
    public Optional<Feedback> find(String traceId) {
        return QuarkusTransaction.joiningExisting().call(() -> rows(
                "select " + COLUMNS + " from feedback where trace_id = :id order by created_at desc, id desc", 1)
                .setParameter("id", traceId).getResultList().stream().map(DatabaseFeedbackStore::feedback).findFirst());
    }

    @Override
    public List<Feedback> recent(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> rows(
                "select " + COLUMNS + " from feedback order by created_at desc, id desc", limit)
                .getResultList().stream().map(DatabaseFeedbackStore::feedback).toList());
    }

    @Override
    public List<SectionCount> bySection() {
        String sql = "select article_id, section,"
                + " sum(case when rating = 'up' then 1 else 0 end),"
                + " sum(case when rating = 'down' then 1 else 0 end),"
                + " sum(case when reviewed_at is null then 1 else 0 end)"
                + " from feedback group by article_id, section";
        return QuarkusTransaction.joiningExisting().call(() -> session.createNativeQuery(sql, Object[].class)
                .getResultList().stream()
                .map(r -> new SectionCount((String) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4])))
                .sorted(InMemoryFeedbackStore.ORDER).toList());
    }

    @Override
    public boolean markReviewed(String traceId, String reviewer, Instant at) {
        return QuarkusTransaction.joiningExisting().call(() -> session.createNativeMutationQuery(
                        "update feedback set reviewed_at = :at, reviewed_by = :by where trace_id = :id")
                .setParameter("at", time(at))
                .setParameter("by", cut(reviewer, 64))
                .setParameter("id", traceId)
                .executeUpdate() > 0);
    }

    private org.hibernate.query.NativeQuery<Object[]> rows(String sql, int limit) {
        org.hibernate.query.NativeQuery<Object[]> q = session.createNativeQuery(sql, Object[].class);
        q.setMaxResults(limit);
        return q;
    }

    private static Feedback feedback(Object[] r) {
        Rating rating = Rating.fromWire((String) r[1]).orElse(Rating.DOWN);
        Reason reason = r[2] == null ? null : Reason.fromWire((String) r[2]).orElse(Reason.OTHER);
        Feedback.Review review = r[6] == null ? null : new Feedback.Review((String) r[7], instant(r[6]));
        return new Feedback((String) r[0], rating, reason, instant(r[5]), (String) r[3], (String) r[4], review);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A timestamp column as the JDBC drivers return it (OffsetDateTime, Timestamp or Instant). */
    static Instant instant(Object value) {
        return switch (value) {
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case Instant i -> i;
            case java.time.ZonedDateTime z -> z.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
        };
    }

    /** To the microsecond both databases store. */
    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
