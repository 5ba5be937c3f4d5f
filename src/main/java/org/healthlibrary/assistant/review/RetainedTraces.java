package org.healthlibrary.assistant.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Answer traces in the database (table {@code retained_trace}: id, time, the trace as JSON), so
 * that staff on any replica can open any trace for {@link ReviewConfig#traceRetention()}. A trace
 * holds the message text: rows older than the retention read as absent and are deleted by
 * {@link RetainedTraceCleanup}. Saving the same id twice keeps the first. Each call runs in its
 * own transaction (or joins the caller's). Thread-safe.
 *
 * <p>Every answer saves one trace, so saving is one insert-if-absent statement, batched (PostgreSQL
 * {@code ON CONFLICT DO NOTHING}, H2 {@code MERGE ... WHEN NOT MATCHED}): a select before the
 * insert cost more than the answer itself under load (Hibernate's native-query plan lookup).
 */
@ApplicationScoped
public class RetainedTraces {

    private static final Logger LOG = Logger.getLogger(RetainedTraces.class);

    private final Session session;
    private final ObjectMapper json;
    private final ReviewConfig config;
    private final Clock clock = Clock.systemUTC();
    private final String insertIfAbsent;

    public RetainedTraces(Session session, ObjectMapper json, ReviewConfig config, ActiveSession active) {
        this.session = session;
        this.json = json;
        this.config = config;
        this.insertIfAbsent = active.kind() == DatabaseKind.POSTGRESQL
                ? "insert into retained_trace (trace_id, created_at, body) values (?, ?, ?)"
                  + " on conflict (trace_id) do nothing"
                : "merge into retained_trace t using (values (cast(? as varchar(64)),"
                  + " cast(? as timestamp with time zone), cast(? as varchar(1000000))))"
                  + " as s(trace_id, created_at, body) on t.trace_id = s.trace_id"
                  + " when not matched then insert (trace_id, created_at, body) values (s.trace_id, s.created_at, s.body)";
    }

    /** Keeps {@code trace}, unless a trace with its id is kept already. */
    public void save(AnswerTrace trace) {
        saveAll(List.of(trace));
    }

    /**
     * Keeps each of {@code batch} whose id is not kept already, as one JDBC batch in one
     * transaction (or the caller's): the trace writer saves what queued up while it was busy in
     * one round trip and one commit instead of one per answer.
     */
    public void saveAll(List<AnswerTrace> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> bodies = batch.stream().map(this::body).toList();
        QuarkusTransaction.joiningExisting().run(() -> session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(insertIfAbsent)) {
                for (int i = 0; i < batch.size(); i++) {
                    insert.setString(1, batch.get(i).id());
                    insert.setObject(2, time(batch.get(i).at()));
                    insert.setString(3, bodies.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }));
    }

    private String body(AnswerTrace trace) {
        try {
            return json.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A trace could not be written as JSON", e);
        }
    }

    /** The trace with this id while it is retained. */
    public Optional<AnswerTrace> find(String traceId) {
        if (traceId == null) {
            return Optional.empty();
        }
        List<String> bodies = QuarkusTransaction.joiningExisting().call(() -> session.createNativeQuery(
                        "select body from retained_trace where trace_id = :id and created_at > :cutoff", String.class)
                .setParameter("id", traceId)
                .setParameter("cutoff", time(cutoff()))
                .getResultList());
        return bodies.stream().findFirst().flatMap(this::parse);
    }

    /** Deletes every trace older than the retention in the caller's transaction; returns how many. */
    int deleteExpired() {
        return session.createNativeMutationQuery("delete from retained_trace where created_at <= :cutoff")
                .setParameter("cutoff", time(cutoff()))
                .executeUpdate();
    }

    private Instant cutoff() {
        return clock.instant().minus(config.traceRetention());
    }

    private Optional<AnswerTrace> parse(String body) {
        try {
            return Optional.of(json.readValue(body, AnswerTrace.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("A retained trace could not be read (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** To the microsecond both databases store. */
    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
