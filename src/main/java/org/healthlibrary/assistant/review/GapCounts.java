package org.healthlibrary.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.hibernate.Session;

/**
 * The "gaps" table ({@code gap_count}): per ISO week, how many patient questions named each
 * medical term the library lacks. Only the terms are stored, never the message. Counting is one
 * upsert statement per term (PostgreSQL {@code ON CONFLICT}, H2 {@code MERGE ... USING}), so two
 * replicas counting the same term never fail. Each call runs in its own transaction (or joins the
 * caller's). Thread-safe: the session is Quarkus's transaction-scoped proxy.
 */
@ApplicationScoped
public class GapCounts {

    /** Longest term kept (the column's width). */
    static final int MAX_TERM = 100;

    private final Session session;
    private final DatabaseKind kind;

    public GapCounts(Session session, ActiveSession active) {
        this.session = session;
        this.kind = active.kind();
    }

    /** Adds one hit to each of {@code terms} in {@code week}. */
    public void count(List<String> terms, String week) {
        String sql = kind == DatabaseKind.POSTGRESQL
                ? "insert into gap_count (term, iso_week, hits) values (:term, :week, 1)"
                  + " on conflict (term, iso_week) do update set hits = gap_count.hits + 1"
                : "merge into gap_count g using (values (cast(:term as varchar(100)), cast(:week as varchar(8))))"
                  + " as s(term, iso_week) on g.term = s.term and g.iso_week = s.iso_week"
                  + " when matched then update set hits = g.hits + 1"
                  + " when not matched then insert (term, iso_week, hits) values (s.term, s.iso_week, 1)";
        QuarkusTransaction.joiningExisting().run(() -> {
            for (String term : terms.stream().distinct().toList()) {
                session.createNativeMutationQuery(sql)
                        .setParameter("term", term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term)
                        .setParameter("week", week)
                        .executeUpdate();
            }
        });
    }

    /** The counts, newest week first, then most hits first, then by term; at most {@code limit}. */
    public List<GapCount> newest(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> session.createNativeQuery(
                        "select term, iso_week, hits from gap_count order by iso_week desc, hits desc, term", Object[].class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(r -> new GapCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList());
    }
}
