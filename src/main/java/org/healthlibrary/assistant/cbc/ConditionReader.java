package org.healthlibrary.assistant.cbc;

import java.util.Set;

/**
 * Reads the clinical context that changes the rules: pregnancy (with trimester or weeks),
 * temperature ({@code temp 101.2}, {@code 38.6 C}, {@code fever of 39}), a fever mentioned
 * without a number, and chemotherapy. Negated mentions ("not pregnant", "no fever") do not
 * count; a fever, temperature or pregnancy in a question or condition ("what if I get a
 * fever?") does not count either. Numbers read here are claimed. Stateless; thread-safe.
 */
final class ConditionReader {

    private static final Set<String> PREGNANCY = Set.of("pregnant", "pregnancy", "gestation", "trimester");
    private static final Set<String> WEEKS = Set.of("week", "weeks", "wk", "wks");
    private static final Set<String> GESTATION_AFTER = Set.of("pregnant", "along", "gestation", "gestational",
            "pregnancy", "of", "into");
    /** A person and "is" written as one word. */
    private static final Set<String> PERSON_IS = Set.of("shes", "hes", "im", "she's", "he's", "i'm");
    /** The people a temperature is said of. */
    private static final Set<String> PERSON = Set.of("she", "he", "i", "baby", "son", "daughter", "kid", "child");
    private static final Set<String> TEMPERATURE = Set.of("temp", "temperature", "temps", "temperatures", "fever",
            "febrile", "tmax", "thermometer", "fiebre", "temperatura", "calentura");
    private static final Set<String> TEMP_FILLER = Set.of("of", "was", "is", "at", "a", "about", "around", "up",
            "to", "reached", "hit", "high", "my", "went", "spiked", "been", "has", "had", "with", "s", "now", "still",
            "today", "reading", "read", "last", "night", "this", "morning", "it", "just", "got", "came", "de");
    private static final Set<String> COMPARISON = Set.of("over", "above", "under", "below", "than", "exceeds",
            "between", "least", "most");
    /** "is that 100.4 ...": words that point back at a number already given. */
    private static final Set<String> DEICTIC = Set.of("that", "it", "this");
    private static final Set<String> FEVER = Set.of("fever", "fevers", "febrile", "feverish", "pyrexia", "rigors", "fiebre",
            "calentura");
    private static final Set<String> QUESTION_OPENERS = Set.of("is", "are", "can", "could", "should", "does", "do",
            "what", "how", "when", "would", "will", "at", "whats");
    /** Words before "chemo" that end it ("finished chemo ... years ago"). */
    private static final Set<String> CHEMO_ENDED = Set.of("finished", "completed", "ended", "stopped", "done",
            "terminé", "termine", "acabé", "acabe");
    private static final Set<String> CHEMO = Set.of("chemo", "chemotherapy", "chemotherapies", "chemos", "quimio",
            "quimioterapia");

    private ConditionReader() {
    }

    static void read(TokenView v, ContextDraft draft) {
        for (int i = 0; i < v.size(); i++) {
            String w = v.word(i);
            if (w != null && PREGNANCY.contains(w) && !v.negated(i) && !v.hypothetical(i)) {
                draft.pregnant = true;
            }
            if (w != null && CHEMO.contains(w) && !v.negated(i) && !chemoOver(v, i)) {
                draft.chemo = true;
            }
            if (w != null && (FEVER.contains(w) || w.equals("temperature") && v.isWord(i - 1, "high"))
                    && !v.negated(i) && !v.hypothetical(i)) {
                draft.feverSaid = true;
            }
        }
        if (draft.pregnant) {
            trimester(v, draft);
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.freeNum(i) != null) {
                temperature(v, i, draft);
            }
        }
    }

    /**
     * True when the clause says the chemotherapy ended months or years ago ("finished chemo five
     * years ago", "done with chemo in 2019", "completed chemotherapy last year"): no treatment that
     * lowers white cells now, so a fever today is no neutropenic fever by that alone. Days or
     * weeks ago is still the time counts are low ("finished chemo 2 weeks ago" stays chemo).
     */
    private static boolean chemoOver(TokenView v, int i) {
        boolean ended = false;
        for (int k = i - 1; k >= 0 && i - k <= 4 && !TokenView.isClauseEnd(v.tokens.get(k)); k--) {
            ended |= v.isWord(k, CHEMO_ENDED);
        }
        if (!ended) {
            return false;
        }
        for (int k = i + 1; k < v.tokens.size() && k - i <= 6 && !TokenView.isClauseEnd(v.tokens.get(k)); k++) {
            if (v.isWord(k, Set.of("years", "year", "months", "años", "meses")) || v.isWord(k, "in")
                    && v.tokens.size() > k + 1 && v.tokens.get(k + 1) instanceof Token.Num n && n.value() >= 1900) {
                return true;
            }
        }
        return false;
    }

    private static void trimester(TokenView v, ContextDraft draft) {
        for (int i = 0; i < v.size() && draft.trimester == null; i++) {
            Token.Num n = v.freeNum(i);
            if (n != null && n.bare() && n.integer() && n.value() >= 1 && n.value() <= 42 && v.isWord(i + 1, WEEKS)
                    && (v.isWord(i + 2, GESTATION_AFTER) || v.isWord(i - 1, "at"))) {
                draft.trimester = n.value() < 14 ? 1 : n.value() < 28 ? 2 : 3;
                v.claimed[i] = true;
            } else if (n != null && n.integer() && n.value() >= 1 && n.value() <= 42 && v.isWord(i - 1, WEEKS)) {
                draft.trimester = n.value() < 14 ? 1 : n.value() < 28 ? 2 : 3;
                v.claimed[i] = true;
            } else if (v.isWord(i, "trimester")) {
                draft.trimester = trimesterNear(v, i);
            }
        }
    }

    private static Integer trimesterNear(TokenView v, int i) {
        String before = v.word(i - 1);
        if ("first".equals(before)) {
            return 1;
        } else if ("second".equals(before)) {
            return 2;
        } else if ("third".equals(before)) {
            return 3;
        }
        int numberAt = v.isWord(i - 1, Set.of("st", "nd", "rd")) ? i - 2 : i + 1;
        Token.Num n = v.freeNum(numberAt);
        if (n != null && n.integer() && n.value() >= 1 && n.value() <= 3) {
            v.claimed[numberAt] = true;
            return (int) n.value();
        }
        return null;
    }

    private static void temperature(TokenView v, int i, ContextDraft draft) {
        Token.Num n = v.freeNum(i);
        Double celsius = toCelsius(n.value(), n.temp());
        if (n.temp() != null && n.unit() == null && celsius != null && plausible(celsius)) {
            v.claimed[i] = true;
            if (!v.hypothetical(i) && !comparedBefore(v, i) && !asked(v, i) && !alternative(v, i)) {
                draft.temperature(celsius);
            }
            return;
        }
        if (n.unit() != null || !keywordBefore(v, i) && !(n.bare() && feverShaped(n) && personIs(v, i))
                || n.bare() && v.isWord(v.nextSkippingHyphen(i), NonValueNumbers.UNITS_AFTER)) {
            return;
        }
        v.claimed[i] = true;
        if (comparedBefore(v, i) || v.hypothetical(i) || asked(v, i) || alternative(v, i)) {
            return;
        }
        double c = n.value() > 50 ? (n.value() - 32) * 5 / 9 : n.value();
        if (plausible(c)) {
            draft.temperature(round1(c));
        } else {
            draft.questions.add(draft.messages.askTemperature());
        }
    }

    /**
     * Reads a temperature written as a bare decimal with no keyword ("38.4 this morning", "38.0
     * on chemo", "took my temp, it's 38.7"): a number with one decimal in 38.0-42.9 (Celsius) or
     * 100.4-105.9 (Fahrenheit) that no other pass claimed, when no temperature was read yet.
     * Runs after the values are linked, so "hct 38.5" or "MCV 101.2" are never read here.
     */
    static void bareTemperature(TokenView v, ContextDraft draft) {
        if (draft.temperatureC != null) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            Token.Num n = v.freeNum(i);
            if (n == null || !n.bare() || n.integer() || n.spoken() || !feverShaped(n)
                    || v.isWord(v.nextSkippingHyphen(i), NonValueNumbers.UNITS_AFTER)) {
                continue;
            }
            double c = n.value() > 50 ? round1((n.value() - 32) * 5 / 9) : n.value();
            if (FeverThresholds.isFever(c) && plausible(c) && !v.hypothetical(i) && !comparedBefore(v, i)
                    && !asked(v, i) && !v.negated(i) && !alternative(v, i)) {
                v.claimed[i] = true;
                draft.temperature(c);
                return;
            }
        }
    }

    /**
     * True when the number is one of two offered ("100.4 or 101?", "38 or 38.5"): a choice
     * asked about, not a temperature taken.
     */
    private static boolean alternative(TokenView v, int i) {
        return v.isWord(i + 1, "or") && v.tokens.size() > i + 2 && v.tokens.get(i + 2) instanceof Token.Num
                || i >= 2 && v.isWord(i - 1, "or") && v.tokens.get(i - 2) instanceof Token.Num;
    }

    /** One decimal, and in the range a fever is typed: 38.0-42.9 or 100.4-105.9. */
    private static boolean feverShaped(Token.Num n) {
        double x = n.value();
        boolean oneDecimal = Math.abs(x * 10 - Math.rint(x * 10)) < 1e-9;
        return oneDecimal && (x >= 38.0 && x < 43.0 || x >= 100.4 && x < 106.0);
    }

    /**
     * True when the number stands in a question about temperatures in general ("is a fever of 38
     * dangerous on chemo?"): its sentence ends with {@code ?} and opens with a question word; or
     * its clause opens by asking about a number the message gave before ("if I ever get a fever
     * over 100.4 ..., is that 100.4 in the mouth").
     */
    private static boolean asked(TokenView v, int i) {
        int start = i;
        while (start > 0 && !TokenView.isSentenceEnd(v.tokens.get(start - 1))) {
            start--;
        }
        int end = i;
        while (end < v.size() && !TokenView.isSentenceEnd(v.tokens.get(end))) {
            end++;
        }
        int clause = i;
        while (clause > 0 && !TokenView.isClauseEnd(v.tokens.get(clause - 1))) {
            clause--;
        }
        return v.isSym(end, '?') && v.isWord(start, QUESTION_OPENERS)
                || clause + 2 == i && v.isWord(clause, Set.of("is", "was")) && v.isWord(clause + 1, DEICTIC)
                && givenBefore(v, i);
    }

    /** True when the number at {@code i} was already written earlier in the message. */
    private static boolean givenBefore(TokenView v, int i) {
        double value = ((Token.Num) v.tokens.get(i)).value();
        for (int k = 0; k < i; k++) {
            if (v.tokens.get(k) instanceof Token.Num n && n.value() == value) {
                return true;
            }
        }
        return false;
    }

    /** Celsius for a number written with a temperature unit, or null when there is none. */
    private static Double toCelsius(double value, TempUnit unit) {
        if (unit == null) {
            return null;
        }
        boolean fahrenheit = unit == TempUnit.FAHRENHEIT || unit == TempUnit.DEGREES && value > 50;
        return round1(fahrenheit ? (value - 32) * 5 / 9 : value);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static boolean plausible(double celsius) {
        return celsius >= 30 && celsius <= 45;
    }

    private static boolean keywordBefore(TokenView v, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
            Token t = v.tokens.get(k);
            if (v.isWord(k, TEMPERATURE)) {
                return true;
            }
            boolean filler = v.isWord(k, TEMP_FILLER) || v.isWord(k, COMPARISON)
                    || t instanceof Token.Sym s && ":=(-~".indexOf(s.c()) >= 0
                    || v.isSym(k, '>') || v.isSym(k, '<');
            if (!filler) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a person "is" the number ("now she's 101.5", "hes 102.3", "i am 38.6"): a
     * fever-shaped number a person is said to be is a temperature, never a count ("her ANC was
     * 200 yesterday and now she's 101.5" is a fever in a child with no neutrophils).
     */
    private static boolean personIs(TokenView v, int i) {
        return v.isWord(i - 1, PERSON_IS) || v.isWord(i - 1, Set.of("is", "am", "s", "m")) && v.isWord(i - 2, PERSON);
    }

    private static boolean comparedBefore(TokenView v, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (v.isWord(k, COMPARISON) || v.isSym(k, '>') || v.isSym(k, '<')) {
                return true;
            }
            if (v.tokens.get(k) instanceof Token.Num || TokenView.isClauseEnd(v.tokens.get(k))) {
                return false;
            }
        }
        return false;
    }
}
