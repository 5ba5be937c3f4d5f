package org.healthlibrary.assistant.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.http.ApiException;

/**
 * Turns an answer trace into a case at the end of a suite: the trace's message, the expected
 * outcome and acceptable first citation as the reviewer confirmed them (prefilled from the
 * answer), the lab pattern and urgency when the answer had a lab report. The suite's own rules
 * then apply (a taken case name is refused). Stateless, thread-safe.
 */
@ApplicationScoped
public class CaseFromTrace {

    /**
     * What the reviewer chose.
     *
     * @param suiteId         the suite to add the case to
     * @param name            the case name; blank: the start of the message
     * @param expectedOutcome an outcome name, or blank for any
     * @param citation        an acceptable first citation ({@code article} or {@code article#section}), or blank for any
     * @param mustPass        whether a failure blocks publishing
     */
    public record Request(String suiteId, String name, String expectedOutcome, String citation, Boolean mustPass) {
    }

    /**
     * The case as saved.
     *
     * @param suiteId   the suite
     * @param suiteName its name
     * @param caseName  the case's name
     */
    public record Saved(long suiteId, String suiteName, String caseName) {
    }

    private final Suites suites;

    public CaseFromTrace(Suites suites) {
        this.suites = suites;
    }

    Saved save(AnswerTrace trace, Request request) {
        if (request == null || request.suiteId() == null) {
            throw ApiException.badRequest("missing_suite", "Choose the suite to add the case to.");
        }
        long suiteId = SuitesApi.id(request.suiteId());
        String outcome = blankToNull(request.expectedOutcome());
        if (outcome != null && java.util.Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(outcome))) {
            throw ApiException.badRequest("invalid_outcome", "The expected outcome is one of "
                    + java.util.Arrays.toString(Outcome.values()) + ", or left empty for any.");
        }
        String name = blankToNull(request.name());
        if (name == null) {
            name = trace.message().length() > 80 ? trace.message().substring(0, 80).strip() : trace.message().strip();
        }
        String citation = blankToNull(request.citation());
        CaseSpec added = new CaseSpec(name, List.of(trace.message()), outcome,
                citation == null ? List.of() : List.of(citation), List.of(), List.of(),
                trace.lab() == null ? null : trace.lab().pattern(), trace.lab() == null ? null : trace.lab().urgency(),
                Boolean.TRUE.equals(request.mustPass()));
        SuiteSpec suite = suites.get(suiteId);
        List<CaseSpec> cases = new ArrayList<>(suite.cases());
        cases.add(added);
        suites.replace(suiteId, new SuiteSpec(suite.name(), suite.description(), cases));
        return new Saved(suiteId, suite.name(), name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
