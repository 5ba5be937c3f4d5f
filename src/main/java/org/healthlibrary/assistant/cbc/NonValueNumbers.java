package org.healthlibrary.assistant.cbc;

import java.util.Set;

/**
 * Claims numbers that are plainly not lab values, so no analyte can take them: durations and
 * other quantities ({@code 3 days}, {@code 20 mg}, {@code 2nd}), numbers named by the word
 * before them ({@code day 10}, {@code cycle 3}, {@code grade 2}, {@code #4}, {@code in 2023}),
 * dates, times and ratios ({@code 3/12}, {@code 10:30}, {@code 120/80}), and digits inside a
 * word ({@code b12}, {@code hba1c}). Stateless; thread-safe; linear.
 */
final class NonValueNumbers {

    static final Set<String> UNITS_AFTER = Set.of("day", "days", "week", "weeks", "wk", "wks", "month",
            "months", "mo", "mos", "year", "years", "yr", "yrs", "hour", "hours", "hr", "hrs", "h", "minute",
            "minutes", "min", "mins", "second", "seconds", "sec", "secs", "am", "pm", "times", "time", "cycle",
            "cycles", "dose", "doses", "kids", "children", "pill", "pills", "tablet", "tablets", "mg", "mcg", "ug",
            "kg", "kgs", "lb", "lbs", "pound", "pounds", "cm", "mm", "ml", "cc", "units", "unit", "iu", "ng", "pg",
            "nmol", "umol", "pmol", "meq", "miu", "st", "nd", "rd", "th", "ago", "bpm", "beats", "mmhg", "inch",
            "inches", "ft", "feet", "foot", "oz", "percentile", "cups", "glasses", "nights", "rounds",
            "sessions", "transfusions", "bags", "people", "patients", "questions", "kilos", "stone", "liters",
            "litres", "mile", "miles", "steps", "o", "oclock", "ng/ml", "x");
    private static final Set<String> NAMED_BEFORE = Set.of("day", "cycle", "week", "round", "dose", "grade",
            "stage", "type", "number", "room", "visit", "version", "page", "step", "chapter", "bed", "trial", "id",
            "code", "zip", "apt", "floor", "part", "phase", "session", "infusion", "x", "vitamin", "b",
            "d", "covid", "hba", "tsh", "ldl", "hdl", "bmi", "bp", "pulse", "weight", "height", "spo",
            "sats", "saturation", "oxygen", "rr", "hr", "glucose", "sugar", "ferritin", "iron", "folate",
            "creatinine", "inr", "esr", "crp", "mch", "mchc", "rdw", "mpv", "retic", "reticulocytes", "psa",
            "cholesterol", "sodium", "potassium", "calcium", "magnesium", "alt", "ast", "bilirubin", "albumin",
            "ldh", "tibc", "transferrin", "haptoglobin", "egfr", "gfr", "bun", "dimer", "fibrinogen", "ptt", "pt");
    private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "during", "from", "of", "until");

    private NonValueNumbers() {
    }

    static void claim(TokenView v) {
        for (int i = 0; i < v.size(); i++) {
            Token.Num n = v.freeNum(i);
            if (n == null) {
                continue;
            }
            boolean year = n.integer() && n.value() >= 1900 && n.value() <= 2100 && v.isWord(i - 1, YEAR_BEFORE);
            if (n.bare() && v.isWord(v.nextSkippingHyphen(i), UNITS_AFTER)
                    || v.isWord(i - 1, NAMED_BEFORE) && v.inMention[i - 1] == null
                    || v.isSym(i - 1, '#') || year || gluedInsideWord(v, i, n)) {
                v.claimed[i] = true;
            } else if (n.bare() && n.integer() && (v.isSym(i + 1, '/') || v.isSym(i + 1, ':'))
                    && v.touching(i, i + 1) && v.tokens.size() > i + 2 && v.tokens.get(i + 2) instanceof Token.Num
                    && v.touching(i + 1, i + 2)) {
                v.claimed[i] = true;
                v.claimed[i + 2] = true;
                if (v.isSym(i + 3, '/') && v.freeNum(i + 4) != null && v.touching(i + 3, i + 4)) {
                    v.claimed[i + 4] = true;
                }
            }
        }
    }

    /** Digits inside a word that is not an analyte name: {@code b12}, {@code g6pd}, {@code hba1c}. */
    private static boolean gluedInsideWord(TokenView v, int i, Token.Num n) {
        return n.gluedLeft() && v.inMention[Math.max(0, i - 1)] == null && v.word(i - 1) != null;
    }
}
