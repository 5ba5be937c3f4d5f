package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.knowledge.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads numbers said or typed in English words: {@code "nine point one"} (9.1),
 * {@code "eighty-five thousand"} (85000), {@code "a hundred and fifty thousand"} (150000),
 * {@code "twenty five hundred"} (2500), {@code "one point five lakh"} (150000), and the
 * spoken lab shorthand {@code "one fifty"} (150) or {@code "one oh five"} (105), where a
 * single digit followed by a two-digit number means hundreds.
 *
 * <p>Contract: the parse is greedy but never crosses a word that does not belong to the
 * number; a lone {@code "one"} is not read as a number (it is far more often a pronoun); at
 * most {@value #MAX_DECIMALS} decimal digits are read. Stateless and thread-safe.
 */
public final class NumberWords {

    static final int MAX_DECIMALS = 6;

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "lakh", 1e5, "lakhs", 1e5,
            "lac", 1e5, "million", 1e6);

    /**
     * The result of reading words from a start position.
     *
     * @param value    the number
     * @param consumed how many words it used
     * @param scaled   true when a scale word (thousand, lakh, million) was used
     */
    record Parsed(double value, int consumed, boolean scaled) {
    }

    private enum Kind { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE }

    private record IntPart(double value, int next, boolean scaled, Kind last, int words) {
    }

    private NumberWords() {
    }

    /**
     * Reads a whole phrase ({@code "eighty-five thousand"}).
     *
     * @return the number, or empty when the phrase is not exactly one number in words
     */
    public static OptionalDouble parse(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : TextNormalizer.normalize(phrase).split("[\\s\\-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Parsed p = parse(words, 0);
        return p != null && p.consumed() == words.size() ? OptionalDouble.of(p.value()) : OptionalDouble.empty();
    }

    /** True when {@code word} can start a number in words (the caller then calls {@link #parse(List, int)}). */
    static boolean mayStart(String word) {
        return SMALL.containsKey(word) || TENS.containsKey(word) || word.equals("point") || word.equals("a")
                || word.equals("an") || word.equals("minus") || word.equals("negative") || word.equals("hundred");
    }

    /** True for "thousand", "lakh", "million" and the like. */
    static boolean isScale(String word) {
        return SCALES.containsKey(word);
    }

    /** Reads a number from {@code words[start]} on, or returns null when none starts there. */
    static Parsed parse(List<String> words, int start) {
        int p = start;
        double sign = 1;
        if (p < words.size() && (words.get(p).equals("minus") || words.get(p).equals("negative"))) {
            sign = -1;
            p++;
        }
        int numberStart = p;
        IntPart whole = integer(words, p);
        double value = 0;
        boolean scaled = false;
        if (whole != null) {
            value = whole.value();
            p = whole.next();
            scaled = whole.scaled();
        }
        if (p + 1 < words.size() && words.get(p).equals("point") && isDigitWord(words.get(p + 1))
                && (whole == null || !whole.scaled())) {
            StringBuilder digits = new StringBuilder();
            p++;
            while (p < words.size() && isDigitWord(words.get(p)) && digits.length() < MAX_DECIMALS) {
                digits.append(digitOf(words.get(p)));
                p++;
            }
            value = Double.parseDouble((long) value + "." + digits);
            Double scale = p < words.size() ? SCALES.get(words.get(p)) : null;
            if (scale != null) {
                value *= scale;
                scaled = true;
                p++;
            }
        } else if (whole == null) {
            return null;
        }
        if (p - numberStart == 1 && words.get(numberStart).equals("one")) {
            return null;
        }
        return new Parsed(sign * value, p - start, scaled);
    }

    private static IntPart integer(List<String> w, int start) {
        double total = 0;
        double current = 0;
        Kind last = Kind.NONE;
        boolean scaled = false;
        int q = start;
        if (q + 1 < w.size() && (w.get(q).equals("a") || w.get(q).equals("an"))
                && (w.get(q + 1).equals("hundred") || SCALES.containsKey(w.get(q + 1)))) {
            current = 1;
            last = Kind.UNIT;
            q++;
        }
        while (q < w.size()) {
            String s = w.get(q);
            Integer small = SMALL.get(s);
            Integer tens = TENS.get(s);
            Double scale = SCALES.get(s);
            if (small != null && small < 10 && (last == Kind.NONE || last == Kind.TENS || last == Kind.HUNDRED
                    || last == Kind.SCALE)) {
                current += small;
                last = Kind.UNIT;
            } else if ((small != null && small >= 10 || tens != null)
                    && (last == Kind.NONE || last == Kind.HUNDRED || last == Kind.SCALE)) {
                current += small != null ? small : tens;
                last = small != null ? Kind.TEEN : Kind.TENS;
            } else if (s.equals("hundred") && last != Kind.HUNDRED && last != Kind.SCALE) {
                current = (current == 0 ? 1 : current) * 100;
                last = Kind.HUNDRED;
            } else if (scale != null && last != Kind.NONE && last != Kind.SCALE) {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                last = Kind.SCALE;
                scaled = true;
            } else if (s.equals("and") && (last == Kind.HUNDRED || last == Kind.SCALE) && q + 1 < w.size()
                    && (SMALL.containsKey(w.get(q + 1)) || TENS.containsKey(w.get(q + 1)))) {
                q++;
                continue;
            } else {
                break;
            }
            q++;
        }
        if (last == Kind.NONE) {
            return null;
        }
        if (q - start == 1 && last == Kind.UNIT && current >= 1 && q < w.size()) {
            return spokenHundreds(w, q, current, start);
        }
        return new IntPart(total + current, q, scaled, last, q - start);
    }

    /** "one fifty" = 150, "one twenty five" = 125, "one oh five" = 105, "one fifty thousand" = 150000. */
    private static IntPart spokenHundreds(List<String> w, int q, double hundreds, int start) {
        String next = w.get(q);
        int twoDigit;
        int after;
        Integer small = SMALL.get(next);
        Integer tens = TENS.get(next);
        if (tens != null) {
            twoDigit = tens;
            after = q + 1;
            Integer unit = after < w.size() ? SMALL.get(w.get(after)) : null;
            if (unit != null && unit >= 1 && unit <= 9) {
                twoDigit += unit;
                after++;
            }
        } else if (small != null && small >= 10) {
            twoDigit = small;
            after = q + 1;
        } else if ((next.equals("oh") || next.equals("o")) && q + 1 < w.size()
                && SMALL.getOrDefault(w.get(q + 1), 0) >= 1 && SMALL.get(w.get(q + 1)) <= 9) {
            twoDigit = SMALL.get(w.get(q + 1));
            after = q + 2;
        } else {
            return new IntPart(hundreds, q, false, Kind.UNIT, 1);
        }
        double value = hundreds * 100 + twoDigit;
        Double scale = after < w.size() ? SCALES.get(w.get(after)) : null;
        if (scale != null) {
            return new IntPart(value * scale, after + 1, true, Kind.SCALE, after + 1 - start);
        }
        return new IntPart(value, after, false, Kind.TENS, after - start);
    }

    private static boolean isDigitWord(String w) {
        Integer v = SMALL.get(w);
        return v != null && v < 10 || w.equals("oh") || w.equals("o");
    }

    private static int digitOf(String w) {
        return w.equals("oh") || w.equals("o") ? 0 : SMALL.get(w);
    }
}
