package org.healthlibrary.assistant.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the audit log (table {@code audit_entry}): when, who (a user name, or
 * {@code anonymous} for a failed sign-in), the action code, what it was done to, and a short
 * detail written by the console, never text a patient or a test message contained. Mutable JPA
 * entity: one transaction, one thread.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(length = 200)
    public String target;

    @Column(length = 2000)
    public String detail;
}
