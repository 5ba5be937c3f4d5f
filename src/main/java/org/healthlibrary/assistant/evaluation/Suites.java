package org.healthlibrary.assistant.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Stores suites: list, read, create, replace, delete, and YAML export and import (the format a
 * hospital keeps in version control; an import replaces the suite of the same name). Every
 * write is checked by {@link SuiteRules} first. Thread-safe; each method is one transaction.
 */
@ApplicationScoped
public class Suites {

    /** Largest YAML document accepted by {@link #importYaml}. */
    public static final int MAX_YAML_CHARS = 2_000_000;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Session session;

    public Suites(Session session) {
        this.session = session;
    }

    /** Every suite by name, with its latest run's figures. */
    @Transactional
    public List<SuiteSummary> list() {
        return session.createSelectionQuery("from Suite order by name", Suite.class).getResultList().stream()
                .map(this::summary).toList();
    }

    /** The suite's spec. */
    @Transactional
    public SuiteSpec get(long id) {
        return spec(existing(id));
    }

    /** The summary of one suite. */
    @Transactional
    public SuiteSummary summary(long id) {
        return summary(existing(id));
    }

    /** The id of the suite named {@code name}, if any. */
    @Transactional
    public Optional<Long> idOf(String name) {
        return byName(name).map(s -> s.id);
    }

    /**
     * Creates a suite.
     *
     * @throws SuiteException 400 when the spec breaks a rule, 409 when the name is taken
     */
    @Transactional
    public long create(SuiteSpec spec, boolean shipped) {
        SuiteRules.check(spec);
        if (byName(spec.name().strip()).isPresent()) {
            throw new SuiteException(409, "suite_name_taken", "A suite with that name exists already.");
        }
        Suite suite = new Suite();
        suite.shipped = shipped;
        suite.createdAt = Instant.now();
        fill(suite, spec);
        session.persist(suite);
        return suite.id;
    }

    /**
     * Replaces a suite's name, description and cases (earlier runs stay).
     *
     * @throws SuiteException 400, 404 for no such suite, 409 when the new name is another suite's
     */
    @Transactional
    public void replace(long id, SuiteSpec spec) {
        SuiteRules.check(spec);
        Suite suite = existing(id);
        Optional<Suite> other = byName(spec.name().strip());
        if (other.isPresent() && !other.get().id.equals(id)) {
            throw new SuiteException(409, "suite_name_taken", "Another suite has that name.");
        }
        suite.cases.clear();
        session.flush();
        fill(suite, spec);
    }

    /** Deletes a suite with its runs. */
    @Transactional
    public void delete(long id) {
        Suite suite = existing(id);
        session.createMutationQuery("delete from CaseResult where runId in (select r.id from SuiteRun r where r.suiteId = :id)")
                .setParameter("id", id).executeUpdate();
        session.createMutationQuery("delete from SuiteRun where suiteId = :id").setParameter("id", id).executeUpdate();
        session.remove(suite);
    }

    /** The suite as a YAML document. */
    @Transactional
    public String exportYaml(long id) {
        try {
            return YAML.writeValueAsString(spec(existing(id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored suite could not be written as YAML", e);
        }
    }

    /**
     * Reads a YAML suite and stores it, replacing the suite of the same name if there is one.
     *
     * @return the suite's id
     * @throws SuiteException 400 when the document is not a valid suite
     */
    @Transactional
    public long importYaml(String yaml) {
        SuiteSpec spec = parseYaml(yaml);
        Optional<Suite> existing = byName(spec.name() == null ? "" : spec.name().strip());
        if (existing.isPresent()) {
            replace(existing.get().id, spec);
            return existing.get().id;
        }
        return create(spec, false);
    }

    /** Reads a YAML suite without storing it. */
    public static SuiteSpec parseYaml(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw SuiteException.invalid("missing_body", "Send the suite as a YAML document.");
        }
        if (yaml.length() > MAX_YAML_CHARS) {
            throw SuiteException.invalid("yaml_too_large", "A suite document may have at most " + MAX_YAML_CHARS + " characters.");
        }
        try {
            SuiteSpec spec = YAML.readValue(yaml, SuiteSpec.class);
            SuiteRules.check(spec);
            return spec;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw SuiteException.invalid("invalid_yaml",
                    "The document is not a suite" + where + ": expected name, description and cases with the fields of README.md.");
        }
    }

    Suite existing(long id) {
        Suite suite = session.find(Suite.class, id);
        if (suite == null) {
            throw new SuiteException(404, "no_such_suite", "There is no suite with that id.");
        }
        return suite;
    }

    private Optional<Suite> byName(String name) {
        return session.createSelectionQuery("from Suite where name = :name", Suite.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private void fill(Suite suite, SuiteSpec spec) {
        suite.name = spec.name().strip();
        suite.description = spec.description();
        suite.updatedAt = Instant.now();
        int order = 0;
        for (CaseSpec c : spec.cases()) {
            SuiteCase row = new SuiteCase();
            row.suite = suite;
            row.position = order++;
            row.name = c.name().strip();
            row.turns = c.turns();
            row.expectedOutcome = c.expectedOutcome();
            row.acceptableCitations = c.acceptableCitations();
            row.mustContain = c.mustContain();
            row.mustNotContain = c.mustNotContain();
            row.labPattern = c.labPattern();
            row.labUrgency = c.labUrgency();
            row.mustPass = c.mustPass();
            suite.cases.add(row);
        }
    }

    private static SuiteSpec spec(Suite suite) {
        return new SuiteSpec(suite.name, suite.description, suite.cases.stream().map(SuiteCase::spec).toList());
    }

    private SuiteSummary summary(Suite suite) {
        Optional<SuiteRun> last = session.createSelectionQuery(
                "from SuiteRun where suiteId = :id order by startedAt desc, id desc", SuiteRun.class)
                .setParameter("id", suite.id).setMaxResults(1).getResultStream().findFirst();
        return new SuiteSummary(suite.id, suite.name, suite.description, suite.shipped, suite.cases.size(),
                last.map(r -> r.passed).orElse(-1), last.map(r -> r.failed).orElse(-1));
    }
}
