package org.healthlibrary.assistant.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of a suite (table {@code eval_run}): who started it, on which library (content hash),
 * and how many cases passed and failed. Mutable JPA entity: one transaction, one thread.
 */
@Entity
@Table(name = "eval_run")
public class SuiteRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "suite_id", nullable = false)
    public Long suiteId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    public String startedBy;

    @Column(name = "library_hash", length = 100)
    public String libraryHash;

    @Column(nullable = false)
    public int passed;

    @Column(nullable = false)
    public int failed;
}
