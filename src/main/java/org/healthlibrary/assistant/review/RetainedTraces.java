package org.healthlibrary.assistant.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Answer traces in the database (table {@code retained_trace}: id, time, the trace as JSON), so
 * that staff on any replica can open any trace for {@link ReviewConfig#traceRetention()}. A trace
 * holds the message text: rows older than the retention read as absent and are deleted by
 * {@link RetainedTraceCleanup}. Saving the same id twice keeps the first. Each call runs in its
 * own transaction (or joins the caller's). Thread-safe.
 */
@ApplicationScoped
public class RetainedTraces {

    private static final Logger LOG = Logger.getLogger(RetainedTraces.class);

    private final Session session;
    private final ObjectMapper json;
    private final ReviewConfig config;
    private final Clock clock = Clock.systemUTC();

    public RetainedTraces(Session session, ObjectMapper json, ReviewConfig config) {
        this.session = session;
        this.json = json;
        this.config = config;
    }

    /** Keeps {@code trace}, unless a trace with its id is kept already. */
    public void save(AnswerTrace trace) {
        String body;
        try {
            body = json.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A trace could not be written as JSON", e);
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            boolean kept = !session.createNativeQuery("select trace_id from retained_trace where trace_id = :id", String.class)
                    .setParameter("id", trace.id()).getResultList().isEmpty();
            if (!kept) {
                session.createNativeMutationQuery("insert into retained_trace (trace_id, created_at, body) values (:id, :at, :body)")
                        .setParameter("id", trace.id())
                        .setParameter("at", time(trace.at()))
                        .setParameter("body", body)
                        .executeUpdate();
            }
        });
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
