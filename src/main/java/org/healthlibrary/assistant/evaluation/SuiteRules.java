package org.healthlibrary.assistant.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.Urgency;

/** Checks a {@link SuiteSpec} before it is stored; each rule's failure names the case by its position. Stateless. */
final class SuiteRules {

    static final int MAX_CASES = 1000;
    static final int MAX_TURNS = 10;
    static final int MAX_MESSAGE = 2000;
    static final int MAX_PHRASES = 20;
    static final int MAX_PHRASE = 200;

    private SuiteRules() {
    }

    static void check(SuiteSpec spec) {
        if (spec == null) {
            throw SuiteException.invalid("missing_body", "Send a suite: {\"name\": ..., \"cases\": [...]}.");
        }
        text(spec.name(), 100, "invalid_name", "A suite needs a name of 1-100 characters.");
        if (spec.description() != null && spec.description().length() > 2000) {
            throw SuiteException.invalid("invalid_description", "A suite's description may have at most 2000 characters.");
        }
        if (spec.cases().size() > MAX_CASES) {
            throw SuiteException.invalid("too_many_cases", "A suite may have at most " + MAX_CASES + " cases.");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.cases().size(); i++) {
            CaseSpec c = spec.cases().get(i);
            String where = "Case " + (i + 1) + ": ";
            if (c == null) {
                throw SuiteException.invalid("invalid_case", where + "is empty.");
            }
            text(c.name(), 200, "invalid_case_name", where + "needs a name of 1-200 characters.");
            if (!names.add(c.name().strip())) {
                throw SuiteException.invalid("duplicate_case_name", where + "another case of this suite has the same name.");
            }
            if (c.turns().isEmpty() || c.turns().size() > MAX_TURNS) {
                throw SuiteException.invalid("invalid_turns", where + "needs 1-" + MAX_TURNS + " messages.");
            }
            for (String turn : c.turns()) {
                text(turn, MAX_MESSAGE, "invalid_turns", where + "each message needs 1-" + MAX_MESSAGE + " characters.");
            }
            oneOf(c.expectedOutcome(), Outcome.class, "invalid_outcome", where + "the expected outcome must be one of ");
            oneOf(c.labPattern(), CbcPattern.class, "invalid_lab_pattern", where + "the lab pattern must be one of ");
            oneOf(c.labUrgency(), Urgency.class, "invalid_lab_urgency", where + "the lab urgency must be one of ");
            phrases(c.acceptableCitations(), where + "acceptable citations");
            phrases(c.mustContain(), where + "phrases that must appear");
            phrases(c.mustNotContain(), where + "phrases that must not appear");
        }
    }

    private static void text(String value, int max, String code, String message) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw SuiteException.invalid(code, message);
        }
    }

    private static <E extends Enum<E>> void oneOf(String value, Class<E> type, String code, String message) {
        if (value == null) {
            return;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return;
            }
        }
        throw SuiteException.invalid(code, message + List.of(type.getEnumConstants()) + ".");
    }

    private static void phrases(List<String> values, String what) {
        if (values.size() > MAX_PHRASES) {
            throw SuiteException.invalid("too_many_phrases", what + ": at most " + MAX_PHRASES + ".");
        }
        for (String v : values) {
            text(v, MAX_PHRASE, "invalid_phrase", what + ": each needs 1-" + MAX_PHRASE + " characters.");
        }
    }
}
