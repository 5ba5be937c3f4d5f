-- Per-client rate limits shared by replicas (issue 17 item 3): Bucket4j's PostgreSQL proxy manager keeps one
-- token bucket per client address here when assistant.web.rate-limit.store is database (the default on
-- PostgreSQL). id: the client address; state: Bucket4j's serialized bucket; expires_at: epoch milliseconds
-- after which the bucket would be full again, so the row can be deleted (http.RateLimiters' cleanup job).
-- Portable SQL (BYTEA is an alias of BINARY VARYING on H2): on H2 the table exists but stays empty.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
