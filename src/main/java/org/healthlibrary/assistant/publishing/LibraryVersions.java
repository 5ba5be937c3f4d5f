package org.healthlibrary.assistant.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The published library versions in the shared database (table {@code library_version}): the
 * newest row is the version every replica should serve. Recording the version already newest
 * adds nothing, so replicas that rebuild a version do not record it again. Each call is its own
 * transaction. Thread-safe.
 */
@ApplicationScoped
public class LibraryVersions {

    private final Session session;

    public LibraryVersions(Session session) {
        this.session = session;
    }

    /** The newest published version, if any was published. */
    public Optional<LibraryVersion> latest() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Object[]> rows = session.createNativeQuery(
                            "select content_hash, articles, published_at, published_by from library_version"
                            + " order by id desc", Object[].class)
                    .setMaxResults(1)
                    .getResultList();
            return rows.stream().findFirst().map(LibraryVersions::version);
        });
    }

    /** Records {@code contentHash} as the newest version unless it already is; returns the newest. */
    public LibraryVersion publish(String contentHash, int articles, String publishedBy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<LibraryVersion> newest = latest();
            if (newest.isPresent() && newest.get().contentHash().equals(contentHash)) {
                return newest.get();
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            session.createNativeMutationQuery("insert into library_version (content_hash, articles, published_at, published_by)"
                            + " values (:hash, :articles, :at, :by)")
                    .setParameter("hash", contentHash)
                    .setParameter("articles", articles)
                    .setParameter("at", now)
                    .setParameter("by", publishedBy.length() > 200 ? publishedBy.substring(0, 200) : publishedBy)
                    .executeUpdate();
            return new LibraryVersion(contentHash, articles, now.toInstant(), publishedBy);
        });
    }

    private static LibraryVersion version(Object[] row) {
        return new LibraryVersion((String) row[0], ((Number) row[1]).intValue(), instant(row[2]), (String) row[3]);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
        };
    }
}
