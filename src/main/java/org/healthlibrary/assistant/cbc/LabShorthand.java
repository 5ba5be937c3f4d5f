package org.healthlibrary.assistant.cbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites shorthands into words the lexer reads, before lexing: "h/h 11.2/33.5" (the
 * hemoglobin and hematocrit pair, also "h&h") becomes "hgb 11.2 hct 33.5", the Spanish
 * thousand "150 mil" after a Spanish count name ("las plaquetas en 150 mil") becomes "150
 * thousand" ("mil" alone stays the English "million"), "white" right before a number ("white
 * 3.1") becomes "wbc", and a count per microlitre or cubic millimetre written with a point as
 * the thousands separator ("120.000/mm³", "5.400/µl") loses the point (a count per microlitre
 * has no fraction, so three digits after the point are thousands).
 *
 * <p>Why: all are common in messages and read wrongly or not at all otherwise. Stateless;
 * thread-safe; linear in the text.
 */
final class LabShorthand {

    private static final Pattern H_AND_H = Pattern.compile(
            "\\bh ?(?:/|&|and) ?h\\b[\\s:=]{0,3}(?:(?:is|was|were|are|at|of) )?(\\d{1,3}(?:\\.\\d{1,2})?) ?/ ?(\\d{1,3}(?:\\.\\d{1,2})?)(?![\\d/])");
    private static final Pattern SPANISH_COUNT = Pattern.compile(
            "\\b(?:plaquetas|leucocitos|gl[oó]bulos (?:blancos|rojos)|neutr[oó]filos|linfocitos)\\b");
    private static final Pattern MIL = Pattern.compile("\\b(\\d{1,3}) mil\\b");
    /** "white 3.1", "white: 3.1": the white count named by its first word. */
    private static final Pattern WHITE = Pattern.compile(
            "(?<!\\b(?:i'?m|i am|am|is|are|was|he'?s|she'?s|a|an) )\\bwhites?(?= ?[:=]? ?\\d)");
    /** "120.000/mm3", "5.400 /µl", "230.000 per microliter": a point as the thousands separator. */
    private static final Pattern GROUPED_PER_MICROLITRE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3})\\.(\\d{3})(?=\\s?(?:/ ?(?:mm3|mm³|mm\\^3|µl|ul|μl|mcl|cumm)|per (?:microliter|microlitre|mm3|cubic)))");

    private LabShorthand() {
    }

    /** {@code norm} with the shorthands written out; the same string when there are none. */
    static String rewrite(String norm) {
        String out = norm;
        if (out.contains("h")) {
            out = H_AND_H.matcher(out).replaceAll("hgb $1 hct $2");
        }
        if (out.contains(" mil") && SPANISH_COUNT.matcher(out).find()) {
            Matcher m = MIL.matcher(out);
            out = m.replaceAll("$1 thousand");
        }
        if (out.contains("white")) {
            out = WHITE.matcher(out).replaceAll("wbc");
        }
        if (out.indexOf('.') >= 0) {
            out = GROUPED_PER_MICROLITRE.matcher(out).replaceAll("$1$2");
        }
        return out;
    }
}
