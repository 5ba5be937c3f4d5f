package org.healthlibrary.assistant.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/**
 * One case of a suite (table {@code eval_case}); its fields mean what {@link CaseSpec}'s do.
 * Mutable JPA entity: one transaction, one thread.
 */
@Entity
@Table(name = "eval_case")
public class SuiteCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suite_id")
    public Suite suite;

    @Column(name = "case_order", nullable = false)
    public int position;

    @Column(nullable = false, length = 200)
    public String name;

    @Convert(converter = JsonList.class)
    @Column(nullable = false, length = 20000)
    public List<String> turns;

    @Column(name = "expected_outcome", length = 32)
    public String expectedOutcome;

    @Convert(converter = JsonList.class)
    @Column(name = "acceptable_citations", nullable = false, length = 4000)
    public List<String> acceptableCitations;

    @Convert(converter = JsonList.class)
    @Column(name = "must_contain", nullable = false, length = 4000)
    public List<String> mustContain;

    @Convert(converter = JsonList.class)
    @Column(name = "must_not_contain", nullable = false, length = 4000)
    public List<String> mustNotContain;

    @Column(name = "lab_pattern", length = 64)
    public String labPattern;

    @Column(name = "lab_urgency", length = 32)
    public String labUrgency;

    @Column(name = "must_pass", nullable = false)
    public boolean mustPass;

    CaseSpec spec() {
        return new CaseSpec(name, turns, expectedOutcome, acceptableCitations, mustContain, mustNotContain,
                labPattern, labUrgency, mustPass);
    }
}
