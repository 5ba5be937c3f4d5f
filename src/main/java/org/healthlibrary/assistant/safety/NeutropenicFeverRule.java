package org.healthlibrary.assistant.safety;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one combined red flag: a fever that is present now, together with low white cells or
 * chemotherapy (CLINICAL-REFERENCE.md sections 3 and 5). The fever comes from words ("fever",
 * "burning up", "chills") or a temperature of at least 38.0 C / 100.4 F; the context comes
 * from the caller's {@link ClinicalContext} or from the message itself ("I'm on chemo",
 * "neutropenic", "ANC 0.4", "WBC 800").
 *
 * <p>Fever must be affirmed (not negated, past, hypothetical or a general question). Context
 * only has to be not negated and not years in the past: chemotherapy lowers counts for weeks
 * after a dose, so "I had chemo last week" still counts. Chills and rigors count as fever
 * because chemotherapy units tell patients to call for shaking chills too.
 *
 * <p>Immutable and thread-safe.
 */
final class NeutropenicFeverRule {

    private static final String NUMBER = "(\\d{2,3}(?:[.,]\\d{1,2})?)";

    /** "temp 38.5", "temperature of 101", "fever 39 c", "thermometer says 100.8 f". */
    private static final Pattern TEMPERATURE_AFTER_WORD = Pattern.compile(
            "\\b(?:temp|temps|temperature|fever|thermometer)\\b[^0-9!?\\n]{0,25}?" + NUMBER
            + "\\s?(?:°|º|degrees?|deg)?\\s?(c|f|celsius|fahrenheit|centigrade)?\\b");

    /** "38.5 c", "101 degrees", "39°". */
    private static final Pattern TEMPERATURE_WITH_UNIT = Pattern.compile(
            "(?<![\\d.,])" + NUMBER + "\\s?(?:(?:°|º)\\s?(c|f)?|(?:degrees?|deg)\\b\\s?(c|f|celsius|fahrenheit)?|(c|f)\\b)");

    /** A bare 38.0-42.9 or 100.4-105.9 such as "38.6 this morning": only ever read next to chemo or low counts. */
    private static final Pattern BARE_DECIMAL = Pattern.compile("(?<![\\d.,])((?:3[89]|4[0-2]|10[0-5])[.,]\\d)(?![\\d%])");
    private static final Pattern NOT_A_TEMPERATURE_BEFORE = Pattern.compile(
            "\\b(?:hct|hematocrit|haematocrit|mcv|mch|mchc|rdw|hgb|hemoglobin|hb|platelets?|plt|wbc|rbc|anc|ferritin|weight|kg|age)\\b[^a-z]{0,12}$");

    /** "ANC 0.4", "wbc was 800", "white count came back at 0.9", "neutrophils 0.3". */
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?:anc|absolute neutrophils?(?: count)?|neutrophils?|neuts|wbc|white (?:blood )?(?:cell )?count|white cells?"
            + "|white blood cells?|leukocytes)\\b[^0-9!?\\n]{0,20}?(\\d{1,6}(?:[.,]\\d{1,3})?)\\s?(k\\b|thousand\\b|%|percent)?");

    private final List<RedFlagRule> feverRules;
    private final List<RedFlagRule> contextRules;

    NeutropenicFeverRule(List<RedFlagRule> feverRules, List<RedFlagRule> contextRules) {
        this.feverRules = List.copyOf(feverRules);
        this.contextRules = List.copyOf(contextRules);
    }

    /** The rule id of the emergency, or {@code null} when this message is not neutropenic fever. */
    String check(MentionAnalysis analysis, ClinicalContext context) {
        String fever = presentFever(analysis);
        if (fever == null) {
            return null;
        }
        if (context.lowWhiteCellsKnown()) {
            return fever + "+known-low-white-cells";
        }
        if (context.onChemotherapy()) {
            return fever + "+known-chemotherapy";
        }
        String textContext = contextInText(analysis);
        return textContext == null ? null : fever + "+" + textContext;
    }

    private String presentFever(MentionAnalysis a) {
        String text = a.text();
        for (RedFlagRule rule : feverRules) {
            if (!rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (a.status(m.start(), m.end()) == MentionAnalysis.Status.AFFIRMED) {
                    return rule.id();
                }
            }
        }
        for (Pattern p : List.of(TEMPERATURE_AFTER_WORD, TEMPERATURE_WITH_UNIT)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String unit = firstNonNull(m, 2);
                if (isFever(parse(m.group(1)), unit) && a.status(m.start(), m.end()) == MentionAnalysis.Status.AFFIRMED) {
                    return "temperature";
                }
            }
        }
        Matcher bare = BARE_DECIMAL.matcher(text);
        while (bare.find()) {
            String before = text.substring(Math.max(0, bare.start() - 24), bare.start());
            if (isFever(parse(bare.group(1)), null) && !NOT_A_TEMPERATURE_BEFORE.matcher(before).find()
                    && a.status(bare.start(), bare.end()) == MentionAnalysis.Status.AFFIRMED) {
                return "temperature";
            }
        }
        return null;
    }

    private String contextInText(MentionAnalysis a) {
        String text = a.text();
        for (RedFlagRule rule : contextRules) {
            if (!rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (!a.negated(m.start(), m.end()) && !a.longPast(m.start(), m.end())) {
                    return rule.id();
                }
            }
        }
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            String suffix = m.group(2);
            if (suffix != null && (suffix.equals("%") || suffix.equals("percent"))) {
                continue;
            }
            double value = parse(m.group(1));
            double perNanolitre = suffix != null || value < 50 ? value : value / 1000.0;
            if (perNanolitre < 1.0) {
                return "low-count";
            }
        }
        return null;
    }

    static boolean isFever(double value, String unit) {
        boolean fahrenheit = unit != null ? unit.startsWith("f") : value > 50;
        return fahrenheit ? value >= 100.4 && value <= 110 : value >= 38.0 && value <= 43.5;
    }

    private static String firstNonNull(Matcher m, int from) {
        for (int g = from; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static double parse(String number) {
        return Double.parseDouble(number.replace(',', '.'));
    }
}
