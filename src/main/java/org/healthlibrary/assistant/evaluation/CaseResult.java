package org.healthlibrary.assistant.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * The result of one case in one run (table {@code eval_result}): pass or fail, the outcome and
 * first citation the answer had, and why it failed. Cases are matched between runs by name.
 * Mutable JPA entity: one transaction, one thread.
 */
@Entity
@Table(name = "eval_result")
public class CaseResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(name = "case_name", nullable = false, length = 200)
    public String caseName;

    @Column(name = "case_order", nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "must_pass", nullable = false)
    public boolean mustPass;

    @Column(length = 32)
    public String outcome;

    @Column(name = "first_citation", length = 300)
    public String firstCitation;

    @Convert(converter = JsonList.class)
    @Column(nullable = false, length = 4000)
    public List<String> failures;
}
