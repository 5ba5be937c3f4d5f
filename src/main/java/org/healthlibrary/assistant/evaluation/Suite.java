package org.healthlibrary.assistant.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A named suite of cases (table {@code eval_suite}); {@code shipped} marks the suites that come
 * with the shipped library. Mutable JPA entity: one transaction, one thread.
 */
@Entity
@Table(name = "eval_suite")
public class Suite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false)
    public boolean shipped;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "suite", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SuiteCase> cases = new ArrayList<>();
}
