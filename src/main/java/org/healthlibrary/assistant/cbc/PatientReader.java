package org.healthlibrary.assistant.cbc;

import java.util.Set;

/**
 * Reads who the values belong to: age ({@code 34 year old}, {@code 34yo}, {@code age 34},
 * {@code I'm 34}, {@code 18 months old}, {@code 34F}), sex ({@code woman}, {@code male},
 * {@code a man}) and whether a child is meant without an age ({@code my toddler}). Numbers
 * read as an age are claimed so they are never taken as lab values. Stateless; thread-safe.
 */
final class PatientReader {

    private static final Set<String> YEARS = Set.of("year", "years", "yr", "yrs", "y");
    private static final Set<String> MONTHS = Set.of("month", "months", "mo", "mos", "mth", "mths");
    private static final Set<String> WEEKS = Set.of("week", "weeks", "wk", "wks");
    private static final Set<String> DAYS = Set.of("day", "days");
    private static final Set<String> AFTER_IM_AGE = Set.of("and", "years", "yrs", "yr", "f", "m", "female", "male",
            "woman", "man", "with", "yo", "but", "so");
    private static final Set<String> FEMALE = Set.of("woman", "female", "lady", "girl", "daughter", "yof");
    private static final Set<String> MALE = Set.of("male", "gentleman", "son", "yom");
    /** Words that mean male only after "a", "old" or a number ("oh man" is not a sex). */
    private static final Set<String> MALE_QUALIFIED = Set.of("man", "guy", "boy");
    private static final Set<String> QUALIFIERS = Set.of("a", "old", "yo", "aged");
    private static final Set<String> CHILD = Set.of("child", "kid", "baby", "toddler", "infant", "newborn", "teen",
            "teenager", "teenage", "preschooler", "schoolchild");

    private PatientReader() {
    }

    static void read(TokenView v, ContextDraft draft) {
        for (int i = 0; i < v.size(); i++) {
            if (draft.ageYears == null && v.freeNum(i) != null) {
                age(v, i, draft);
            }
            String w = v.word(i);
            if (w == null) {
                continue;
            }
            if (FEMALE.contains(w)) {
                draft.femaleSaid = true;
            } else if (MALE.contains(w)
                    || MALE_QUALIFIED.contains(w) && (v.isWord(i - 1, QUALIFIERS) || v.tokens.get(Math.max(0, i - 1)) instanceof Token.Num)) {
                draft.maleSaid = true;
            }
            if (CHILD.contains(w)) {
                draft.childSaid = true;
            }
        }
    }

    private static void age(TokenView v, int i, ContextDraft draft) {
        Token.Num n = v.freeNum(i);
        double value = n.value();
        int j = v.nextSkippingHyphen(i);
        int k = v.nextSkippingHyphen(j);
        Double years = null;
        boolean old = v.isWord(k, "old") || v.isWord(j, "y") && v.isSym(j + 1, '/') && v.isWord(j + 2, "o");
        if (n.bare() && v.isWord(j, YEARS) && old) {
            years = value;
        } else if (n.bare() && v.isWord(j, Set.of("yo", "yoa", "yof", "yom"))) {
            years = value;
        } else if (n.bare() && old && v.isWord(j, MONTHS)) {
            years = value / 12;
        } else if (n.bare() && old && v.isWord(j, WEEKS)) {
            years = value / 52;
        } else if (n.bare() && old && v.isWord(j, DAYS)) {
            years = value / 365;
        } else if (n.integer() && n.temp() == TempUnit.FAHRENHEIT && n.suffixGlued() && value < 86
                && v.inMention[Math.max(0, i - 1)] == null) {
            years = value;
            draft.femaleSaid = true;
        } else if (n.integer() && n.bare() && v.isWord(i + 1, "m") && v.touching(i, i + 1)
                && v.inMention[Math.max(0, i - 1)] == null) {
            years = value;
            draft.maleSaid = true;
        } else if (ageWordBefore(v, i)) {
            years = v.isWord(i + 1, MONTHS) ? value / 12 : value;
        } else if (n.bare() && n.integer() && saysIAm(v, i)
                && (i + 1 >= v.size() || v.tokens.get(i + 1) instanceof Token.Sym s && s.c() != '%' && s.c() != '/'
                || v.isWord(i + 1, AFTER_IM_AGE))) {
            years = value;
        }
        if (years != null && years > 0 && years <= 120) {
            draft.ageYears = years;
            v.claimed[i] = true;
        }
    }

    private static boolean ageWordBefore(TokenView v, int i) {
        int k = i - 1;
        if (v.isSym(k, ':') || v.isSym(k, '=') || v.isWord(k, "is") || v.isWord(k, "of")) {
            k--;
        }
        return v.isWord(k, Set.of("age", "aged"));
    }

    private static boolean saysIAm(TokenView v, int i) {
        if (v.isWord(i - 1, "am") && v.isWord(i - 2, "i")) {
            return true;
        }
        return v.isWord(i - 1, "im")
                || v.isWord(i - 1, "m") && (v.isWord(i - 2, "i") || v.isSym(i - 2, '\'') && v.isWord(i - 3, "i"));
    }
}
