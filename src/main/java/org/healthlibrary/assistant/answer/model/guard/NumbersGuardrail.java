package org.healthlibrary.assistant.answer.model.guard;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects an answer that states a number its grounding (the passages, the lab report, the CBC
 * tool's reports) does not contain: a model must not invent a range, a percentage or a count.
 * Numbers are compared by value: "150,000", "150000" and "150000.0" are the same; "4.5-11"
 * is 4.5 and 11. Only digits are checked, not number words ("two").
 */
public final class NumbersGuardrail implements AnswerGuardrail {

    /** A number with thousands separators (150,000), or a plain or decimal one (150000, 4.5). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?");

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public boolean passes(String answer, Grounding grounding) {
        Set<String> stated = numbers(answer);
        return stated.isEmpty() || numbers(grounding.text()).containsAll(stated);
    }

    /** The numbers in a text, normalised ("150,000" and "150000.0" both give "150000"). */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group().replace(",", "")).stripTrailingZeros().toPlainString());
        }
        return out;
    }
}
