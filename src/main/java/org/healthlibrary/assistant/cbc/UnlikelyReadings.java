package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A look at values that are plain numbers but unlikely to mean what they would be read as; each
 * is asked about, never read.
 * <ul>
 *   <li>A "hemoglobin" that is most likely the diabetes test hemoglobin A1c (a percent of 4 to
 *       15): its clause names A1c ("glycated", "a1c"), or a value under 8 is called borderline
 *       or comes with diabetes or blood sugar words. A blood count hemoglobin under 8 g/dL is
 *       never borderline.</li>
 *   <li>A platelet count with no unit that no lab prints that way: below 10 with a decimal
 *       ("1.2": a lakh, a typo or a count of another test) or written with a thousands
 *       separator below 5,000 ("1,500": per microlitre it would be 1.5, as x10^9/L it would be
 *       1500).</li>
 *   <li>A hemoglobin with no unit from 30 to 39: as g/L it would be under 4 g/dL; it is more
 *       likely a hematocrit or "3.2" mistyped, so its unit is asked for.</li>
 *   <li>A value about ten times another number in its sentence, when the writer doubts the
 *       change ("31 today, it was 3.0 last week, did it really jump?"): a slipped decimal point
 *       is as likely as the change. The question says to tell the care team if the report does
 *       say so.</li>
 * </ul>
 * Why: each of these, read as written, would give a wrong and alarming answer (a critical
 * hemoglobin, a platelet count near zero or above 1000, a tenfold rise); one question settles
 * it. Runs after {@link ResultStandings}; stateless; thread-safe; linear in the message.
 */
final class UnlikelyReadings {

    /** Words that name the A1c test itself. */
    private static final Pattern A1C = Pattern.compile(
            "\\b(?:a1c|a1 c|hba1c|hb a1c|glycated|glycosylated|glycohemoglobin|glicosilada|glicada|hemoglobina a1c)\\b");
    /** Words of an A1c context, used only with a value under {@link #NEVER_BORDERLINE}. */
    private static final Pattern A1C_CONTEXT = Pattern.compile(
            "\\b(?:borderline|border line|pre-?diabet[a-z]*|pre diabet[a-z]*|diabet(?:es|ic) (?:range|test|level|cutoff|threshold)"
            + "|(?:is|mean|means) (?:that |it |this |i have |i'?m |im )?(?:pre-?)?diabet[a-z]*|average (?:blood )?sugar"
            + "|sugar (?:test|average)|l[ií]mite|lim[ií]trofe|prediabetes|rango de diabetes)\\b");
    /** A blood count hemoglobin (g/dL) below this is never borderline. */
    private static final double NEVER_BORDERLINE = 8;
    /** The writer doubts a change between two numbers. */
    private static final Pattern DOUBTED_CHANGE = Pattern.compile(
            "\\b(?:really|typo|mistake|error|possible|right|correct|real|legit|makes? sense|can'?t be|cannot be|wrong"
            + "|en serio|de verdad|error|equivocaci[oó]n|posible)\\b");
    /**
     * A hemoglobin with no unit below this and from 30 up would be read as g/L, under 4 g/dL: far
     * more often a hematocrit or a slipped decimal point than a level someone types a question
     * about (below 30 the unit is asked about already).
     */
    private static final double LOWEST_G_PER_L = 40;
    /** A count written with a thousands separator: "1,500", "2.300". */
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}[,.]\\d{3}\\b");
    /** How many times larger one number must be than the other to be doubted as a slipped decimal point (about ten). */
    private static final double JUMP_FROM = 7;
    private static final double JUMP_TO = 14;
    /** Tokens either side of a value in which the other number of a change is looked for. */
    private static final int NEAR = 16;

    /** Words after a number that make it no lab value ("for 90 days", "2 pills"). */
    private static final Set<String> NOT_A_VALUE_AFTER = Set.of("days", "day", "weeks", "week", "months", "month",
            "years", "year", "yo", "hours", "hrs", "hour", "minutes", "mins", "times", "pills", "tablets", "mg", "kg",
            "lbs", "pounds", "cycles", "rounds", "am", "pm", "días", "semanas", "meses", "años", "veces");
    /** Words before a number that make it a label or an age ("day 8", "cycle 3", "age 45"). */
    private static final Set<String> NOT_A_VALUE_BEFORE = Set.of("day", "cycle", "round", "age", "dose",
            "día", "ciclo", "edad");

    /**
     * Where hemoglobin is usually given in mmol/L without saying so ("I'm Dutch", "my huisarts"):
     * a hemoglobin with no unit there is asked for its unit (10 g/dL is 6.2 mmol/L).
     */
    private static final Pattern MMOL_PLACE = Pattern.compile(
            "\\b(?:dutch|netherlands|nederland|holland|huisarts|huisartsenpraktijk)\\b");
    /** A hemoglobin in mmol/L reads as a plausible, low g/dL number below this. */
    private static final double MMOL_HEMOGLOBIN_MAX = 12;

    private UnlikelyReadings() {
    }

    static ValueDoubts.Review review(String norm, TokenView v, ValueDoubts.Review in, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>();
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        boolean a1cContext = A1C_CONTEXT.matcher(norm).find();
        boolean doubted = DOUBTED_CHANGE.matcher(norm).find();
        boolean mmolPlace = MMOL_PLACE.matcher(norm).find();
        for (ValueLinker.Found f : in.found()) {
            Token.Num n = f.value();
            Analyte analyte = f.analyte();
            if (analyte == Analyte.HEMOGLOBIN && n.unit() == null && n.value() >= 4 && n.value() <= 15
                    && (namedA1c(norm, n) || a1cContext && n.value() < NEVER_BORDERLINE)) {
                questions.add(messages.askA1c());
            } else if (analyte == Analyte.HEMOGLOBIN && n.unit() == null && mmolPlace && n.value() < MMOL_HEMOGLOBIN_MAX) {
                questions.add(messages.askUnitAmbiguous(analyte.layName(), DisplayNumbers.format(n.value()),
                        messages.exampleHemoglobin()));
            } else if (analyte == Analyte.HEMOGLOBIN && n.unit() == null && n.value() >= 30 && n.value() < LOWEST_G_PER_L) {
                questions.add(messages.askUnitAmbiguous(analyte.layName(), DisplayNumbers.format(n.value()),
                        messages.exampleHemoglobin()));
            } else if (analyte == Analyte.PLATELETS && n.unit() == null && unlikelyCount(norm, n)) {
                questions.add(messages.askUnitAmbiguous(analyte.layName(), DisplayNumbers.format(n.value()),
                        messages.examplePlatelets()));
            } else if (analyte != null && doubted && changedFrom(v, n, in.found()) != null) {
                questions.add(messages.askBigChange(analyte.layName(), DisplayNumbers.format(n.value()),
                        DisplayNumbers.format(changedFrom(v, n, in.found()).value())));
            } else {
                kept.add(f);
                continue;
            }
            unread.add(analyte);
        }
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }

    /** True when an A1c word stands in the value's own clause, before it ("hemoglobin a1c 6.1", "glycated hgb 7.2"). */
    private static boolean namedA1c(String norm, Token.Num n) {
        String before = norm.substring(Math.max(0, n.start() - 40), n.start());
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')));
        return A1C.matcher(before.substring(clause + 1)).find();
    }

    private static boolean unlikelyCount(String norm, Token.Num n) {
        boolean grouped = GROUPED.matcher(norm.substring(n.start())).lookingAt();
        return !n.integer() && n.value() < 10 && !grouped || grouped && n.value() >= 1000 && n.value() < 5000;
    }

    /**
     * Another bare number of the value's sentence, read for no other analyte, that is at least
     * about ten times larger or smaller than the value (a slipped decimal point); null when there
     * is none.
     */
    private static Token.Num changedFrom(TokenView v, Token.Num value, List<ValueLinker.Found> found) {
        int j = v.tokens.indexOf(value);
        if (j < 0 || value.value() <= 0) {
            return null;
        }
        for (int k = Math.max(0, j - NEAR); k < v.size() && k <= j + NEAR; k++) {
            if (k == j || !(v.tokens.get(k) instanceof Token.Num other) || other.value() <= 0
                    || other.temp() != null || other.unit() != null && other.unit() != value.unit()
                    || sentenceBetween(v, j, k) || other.value() < 1 && other.integer()
                    || v.isWord(k + 1, NOT_A_VALUE_AFTER) || v.isWord(k - 1, NOT_A_VALUE_BEFORE)) {
                continue;
            }
            boolean ofAnother = found.stream().anyMatch(f -> f.value() == other);
            double ratio = Math.max(other.value(), value.value()) / Math.min(other.value(), value.value());
            if (!ofAnother && v.inMention[k] == null && ratio >= JUMP_FROM && ratio <= JUMP_TO) {
                return other;
            }
        }
        return null;
    }

    private static boolean sentenceBetween(TokenView v, int a, int b) {
        for (int t = Math.min(a, b) + 1; t < Math.max(a, b); t++) {
            if (TokenView.isSentenceEnd(v.tokens.get(t))) {
                return true;
            }
        }
        return false;
    }
}
