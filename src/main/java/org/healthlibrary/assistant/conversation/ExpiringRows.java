package org.healthlibrary.assistant.conversation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.hibernate.Session;

/**
 * One table of JSON bodies keyed by session id, each with an expiry time ({@code session_id},
 * {@code body}, {@code updated_at}, {@code expires_at}, as migration V100 creates them). A write
 * is one upsert statement (PostgreSQL {@code ON CONFLICT}, H2 {@code MERGE}), so two replicas
 * writing the same session never fail; the last write wins. An expired row reads as absent and
 * is deleted later by {@link ExpiredRowsCleanup}. Each call runs in its own transaction (or
 * joins the caller's). Thread-safe: the session is Quarkus's transaction-scoped proxy.
 */
public final class ExpiringRows {

    /** The tables with this shape; the names are fixed here, never taken from input. */
    public enum Table {
        /** Conversation state ({@link DatabaseConversationStore}). */
        CONVERSATION_STATE("conversation_state"),
        /** The model's chat memory ({@link DatabaseChatMemoryStore}). */
        CONVERSATION_MEMORY("conversation_memory");

        final String sqlName;

        Table(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    private final Session session;
    private final DatabaseKind kind;
    private final String table;
    private final Clock clock;

    public ExpiringRows(Session session, DatabaseKind kind, Table table, Clock clock) {
        this.session = session;
        this.kind = kind;
        this.table = table.sqlName;
        this.clock = clock;
    }

    /** The body stored under {@code id} unless it has expired. */
    public Optional<String> read(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<String> bodies = session.createNativeQuery(
                            "select body from " + table + " where session_id = :id and expires_at > :now", String.class)
                    .setParameter("id", id)
                    .setParameter("now", now())
                    .getResultList();
            return bodies.stream().findFirst();
        });
    }

    /** Stores {@code body} under {@code id}, to expire {@code ttl} from now. */
    public void write(String id, String body, Duration ttl) {
        String sql = kind == DatabaseKind.POSTGRESQL
                ? "insert into " + table + " (session_id, body, updated_at, expires_at) values (:id, :body, :now, :expires)"
                  + " on conflict (session_id) do update set body = excluded.body, updated_at = excluded.updated_at,"
                  + " expires_at = excluded.expires_at"
                : "merge into " + table + " (session_id, body, updated_at, expires_at) key (session_id)"
                  + " values (:id, :body, :now, :expires)";
        OffsetDateTime now = now();
        QuarkusTransaction.joiningExisting().run(() -> session.createNativeMutationQuery(sql)
                .setParameter("id", id)
                .setParameter("body", body)
                .setParameter("now", now)
                .setParameter("expires", now.plus(ttl))
                .executeUpdate());
    }

    /** Deletes the row of {@code id}, if any. */
    public void delete(String id) {
        QuarkusTransaction.joiningExisting().run(() -> session.createNativeMutationQuery(
                        "delete from " + table + " where session_id = :id")
                .setParameter("id", id)
                .executeUpdate());
    }

    /** Deletes every expired row in the caller's transaction; returns how many. */
    int deleteExpired() {
        return session.createNativeMutationQuery("delete from " + table + " where expires_at <= :now")
                .setParameter("now", now())
                .executeUpdate();
    }

    /** Now, to the microsecond both databases store (H2 would round nanoseconds up). */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
