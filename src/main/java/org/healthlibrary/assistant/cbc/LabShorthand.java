package org.healthlibrary.assistant.cbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites two shorthands into words the lexer reads, before lexing: "h/h 11.2/33.5" (the
 * hemoglobin and hematocrit pair, also "h&h") becomes "hgb 11.2 hct 33.5", and the Spanish
 * thousand "150 mil" after a Spanish count name ("las plaquetas en 150 mil") becomes "150
 * thousand" ("mil" alone stays the English "million").
 *
 * <p>Why: both are common in messages and read wrongly or not at all otherwise. Stateless;
 * thread-safe; linear in the text.
 */
final class LabShorthand {

    private static final Pattern H_AND_H = Pattern.compile(
            "\\bh ?(?:/|&|and) ?h\\b[\\s:=]{0,3}(?:(?:is|was|were|are|at|of) )?(\\d{1,3}(?:\\.\\d{1,2})?) ?/ ?(\\d{1,3}(?:\\.\\d{1,2})?)(?![\\d/])");
    private static final Pattern SPANISH_COUNT = Pattern.compile(
            "\\b(?:plaquetas|leucocitos|gl[oó]bulos (?:blancos|rojos)|neutr[oó]filos|linfocitos)\\b");
    private static final Pattern MIL = Pattern.compile("\\b(\\d{1,3}) mil\\b");

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
        return out;
    }
}
