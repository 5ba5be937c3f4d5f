package org.healthlibrary.assistant.voice;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites lab units and symbols as words a speaker reads naturally: {@code g/dL} "grams per
 * deciliter", {@code 100.4°F} "100.4 degrees Fahrenheit", {@code 40%} "40 percent",
 * {@code 85k} "85 thousand", {@code 150-450} "150 to 450".
 *
 * <p>Cell counts: {@code x10^9/L} (and {@code K/uL}, {@code x10^3/uL}) are read "thousand per
 * microliter" and {@code x10^12/L} (and {@code M/uL}) "million per microliter". They are the
 * same quantities (10^9 per litre = 10^3 per microlitre), and "eighty five thousand per
 * microliter" is how US patients hear platelet and white counts from their care team, whereas
 * "times ten to the ninth per liter" is hard to follow by ear. Table-driven; stateless and
 * thread-safe.
 */
final class SpokenUnits {

    private static final String MICROLITER = "(?:u|µ|μ|mc)l";
    private static final String END = "(?![\\p{L}\\d])";

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), replacement);
        }
    }

    /** Applied in order; longer, more specific forms first. */
    private static final List<Rule> RULES = List.of(
            new Rule("\\s*(?:[x×*]\\s*10\\s*(?:\\^|e|\\*\\*)?\\s*(?:9|⁹)|10\\s*(?:\\^|e|\\*\\*)\\s*9|10⁹)\\s*/\\s*l" + END,
                    " thousand per microliter"),
            new Rule("\\s*(?:[x×*]\\s*10\\s*(?:\\^|e|\\*\\*)?\\s*(?:12|¹²)|10\\s*(?:\\^|e|\\*\\*)\\s*12|10¹²)\\s*/\\s*l" + END,
                    " million per microliter"),
            new Rule("\\s*(?:[x×*]\\s*10\\s*(?:\\^|e|\\*\\*)?\\s*(?:3|³)|10\\s*(?:\\^|e|\\*\\*)\\s*3|10³)\\s*/\\s*" + MICROLITER + END,
                    " thousand per microliter"),
            new Rule("\\s*(?:[x×*]\\s*10\\s*(?:\\^|e|\\*\\*)?\\s*(?:6|⁶)|10\\s*(?:\\^|e|\\*\\*)\\s*6|10⁶)\\s*/\\s*" + MICROLITER + END,
                    " million per microliter"),
            new Rule("(?<![\\p{L}])(?:k|thou)\\s*/\\s*" + MICROLITER + END, "thousand per microliter"),
            new Rule("(?<![\\p{L}])(?:m|mil|million)\\s*/\\s*" + MICROLITER + END, "million per microliter"),
            new Rule("\\s*/\\s*(?:" + MICROLITER + "|mm3|mm³|cumm)" + END, " per microliter"),
            new Rule("(?<![\\p{L}])mg\\s*/\\s*dl" + END, "milligrams per deciliter"),
            new Rule("(?<![\\p{L}])g\\s*/\\s*dl" + END, "grams per deciliter"),
            new Rule("(?<![\\p{L}])g\\s*/\\s*l" + END, "grams per liter"),
            new Rule("(?<![\\p{L}])mmol\\s*/\\s*l" + END, "millimoles per liter"),
            new Rule("(?<![\\p{L}])ng\\s*/\\s*ml" + END, "nanograms per milliliter"),
            new Rule("(?<![\\p{L}])pg\\s*/\\s*ml" + END, "picograms per milliliter"),
            new Rule("(?<=\\d)\\s*°\\s*f" + END, " degrees Fahrenheit"),
            new Rule("(?<=\\d)\\s*°\\s*c" + END, " degrees Celsius"),
            new Rule("(?<=\\d)\\s*°", " degrees"),
            new Rule("(?<=\\d)\\s*%", " percent"),
            new Rule("(?<=\\d)\\s*fl" + END, " femtoliters"),
            new Rule("(?<=\\d)\\s*pg" + END, " picograms"),
            new Rule("(?<=\\d)\\s*(?:mcg|µg|μg)" + END, " micrograms"),
            new Rule("(?<=\\d)\\s*mg" + END, " milligrams"),
            new Rule("(?<=\\d)\\s*ml" + END, " milliliters"),
            new Rule("(?<=\\d)\\s*kg" + END, " kilograms"),
            new Rule("(?<=\\d)k" + END, " thousand"),
            new Rule("(?<=\\d)\\s*[–—-]\\s*(?=\\d)", " to "),
            new Rule("(?:≤|<=)\\s*(?=\\d)", "at most "),
            new Rule("(?:≥|>=)\\s*(?=\\d)", "at least "),
            new Rule("<\\s*(?=\\d)", "less than "),
            new Rule(">\\s*(?=\\d)", "more than "),
            new Rule("~\\s*(?=\\d)", "about "),
            new Rule("±", " plus or minus "),
            new Rule("\\s&\\s", " and "));

    private SpokenUnits() {
    }

    /** {@code text} with units and symbols in words. */
    static String read(String text) {
        String out = text;
        for (Rule rule : RULES) {
            out = rule.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(rule.replacement()));
        }
        return out;
    }
}
