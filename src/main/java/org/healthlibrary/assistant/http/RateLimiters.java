package org.healthlibrary.assistant.http;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.healthlibrary.assistant.http.WebConfig.RateLimit;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.jboss.logging.Logger;

/**
 * Builds the one {@link ClientRateLimiter} of the web filters, chosen at start-up like the
 * conversation store: {@code assistant.web.rate-limit.store} (unset: the database on PostgreSQL,
 * memory on the embedded H2). In the database, buckets are rows of {@code rate_limit_bucket}
 * (migration V100_1) behind Bucket4j's PostgreSQL proxy manager (a {@code SELECT ... FOR UPDATE}
 * per check), so every replica takes from the same budget of a client; a bucket's row may be
 * deleted once it would be full again, which a job does every period ({@code FOR UPDATE SKIP
 * LOCKED}: replicas running it at once do not wait for each other). Thread-safe.
 */
@ApplicationScoped
public class RateLimiters {

    /** Expired bucket rows deleted per statement of the cleanup job. */
    static final int CLEANUP_BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(RateLimiters.class);

    private final ClientRateLimiter limiter;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

    @Inject
    public RateLimiters(WebConfig config, ActiveSession active,
                        @io.quarkus.agroal.DataSource("postgresql") InjectableInstance<AgroalDataSource> postgresql) {
        RateLimit limit = config.rateLimit();
        if (!limit.enabled()) {
            this.limiter = null;
            this.proxies = null;
        } else if (choose(limit, active.kind()) == RateLimit.Store.DATABASE) {
            if (active.kind() != DatabaseKind.POSTGRESQL) {
                throw new IllegalStateException("assistant.web.rate-limit.store=database needs assistant.db.kind=postgresql "
                        + "(the embedded H2 is one machine's: use memory there)");
            }
            this.proxies = proxyManager(postgresql.get(), limit.period());
            this.limiter = ClientRateLimiter.shared(limit.requests(), limit.period(), proxies);
            LOG.info("Rate limits are kept in the postgresql database (shared by replicas)");
        } else {
            this.proxies = null;
            this.limiter = new ClientRateLimiter(limit.requests(), limit.period(), limit.maxClients());
        }
    }

    /** The limiter, or empty when rate limits are off. */
    public Optional<ClientRateLimiter> limiter() {
        return Optional.ofNullable(limiter);
    }

    /**
     * Bucket4j's proxy manager over {@code rate_limit_bucket} in {@code dataSource}; a bucket's
     * row expires when it would be full again (plus a little, for clock differences between replicas).
     */
    static PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager(DataSource dataSource, Duration period) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /** The configured store, or the one that follows the database kind. */
    static RateLimit.Store choose(RateLimit limit, DatabaseKind database) {
        return limit.store().orElse(database == DatabaseKind.POSTGRESQL ? RateLimit.Store.DATABASE : RateLimit.Store.MEMORY);
    }

    void schedule(@Observes StartupEvent event, Scheduler scheduler, WebConfig config) {
        if (proxies == null) {
            return;
        }
        scheduler.newJob("rate-limit-cleanup")
                .setInterval(Math.max(60, config.rateLimit().period().toSeconds()) + "s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> removeExpired())
                .schedule();
    }

    /**
     * Deletes the rows of buckets that would be full again; returns how many. Failures are
     * logged (the next round tries again), never thrown into the scheduler.
     */
    int removeExpired() {
        int removed = 0;
        try {
            for (int n; (n = proxies.removeExpired(CLEANUP_BATCH)) > 0; ) {
                removed += n;
                if (n < CLEANUP_BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Deleting expired rate-limit buckets failed (%s); the next round tries again", e.getClass().getSimpleName());
        }
        return removed;
    }
}
