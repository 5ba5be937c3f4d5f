package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.knowledge.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises what follows a number: a lab unit ({@link LabUnit}), a multiplier word
 * ({@code k}, {@code thousand}, {@code lakh}, {@code million}) or a temperature unit. Longest
 * spelling wins; a spelling that ends in a letter or digit must end at a word boundary, so
 * {@code k} does not match {@code kids}. Immutable tables, thread-safe; cost is a handful of
 * character comparisons per call.
 */
final class UnitLexicon {

    /**
     * One recognised spelling.
     *
     * @param unit       the lab unit, or {@code null} for a multiplier or a temperature
     * @param multiplier what to multiply the number by ({@code 1} for units)
     * @param temp       the temperature unit, or {@code null}
     * @param end        index just past the spelling in the text
     * @param attached   true when the spelling touches the number (no blank between)
     */
    record Match(LabUnit unit, double multiplier, TempUnit temp, int end, boolean attached) {
    }

    private record Entry(String spelling, LabUnit unit, double multiplier, TempUnit temp) {
    }

    private static final Map<Character, List<Entry>> BY_FIRST_CHAR = build();

    private UnitLexicon() {
    }

    /** Matches a spelling at {@code pos} after skipping up to three blanks, or returns null. */
    static Match matchAfterNumber(String norm, int pos) {
        int p = pos;
        while (p < norm.length() && p - pos < 3 && norm.charAt(p) == ' ') {
            p++;
        }
        Match m = matchAt(norm, p);
        return m == null ? null : new Match(m.unit(), m.multiplier(), m.temp(), m.end(), p == pos);
    }

    /** Matches a spelling starting exactly at {@code pos}, or returns null. */
    static Match matchAt(String norm, int pos) {
        if (pos >= norm.length()) {
            return null;
        }
        List<Entry> entries = BY_FIRST_CHAR.get(norm.charAt(pos));
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            int end = matches(norm, pos, e.spelling());
            if (end > 0) {
                return new Match(e.unit(), e.multiplier(), e.temp(), end, true);
            }
        }
        return null;
    }

    /**
     * Matches a lab unit that stands on its own without a number before it, such as
     * {@code (x10^9/L)} in a table header, so that its digits are not read as values.
     */
    static Match matchStandaloneUnit(String norm, int pos) {
        char c = norm.charAt(pos);
        if (c != 'x' && c != '*' && c != '1') {
            return null;
        }
        Match m = matchAt(norm, pos);
        return m != null && m.unit() != null && (c != '1' || norm.startsWith("10", pos)) ? m : null;
    }

    private static int matches(String s, int pos, String spelling) {
        int i = pos;
        for (int k = 0; k < spelling.length(); k++) {
            char a = spelling.charAt(k);
            if (a == ' ') {
                if (i >= s.length() || s.charAt(i) != ' ') {
                    return -1;
                }
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                continue;
            }
            if (k > 0 && blankMayFollow(spelling.charAt(k - 1), a)) {
                int spaces = 0;
                while (i < s.length() && s.charAt(i) == ' ' && spaces < 3) {
                    i++;
                    spaces++;
                }
            }
            if (i >= s.length() || s.charAt(i) != a) {
                return -1;
            }
            i++;
        }
        char last = spelling.charAt(spelling.length() - 1);
        if (Character.isLetterOrDigit(last) && i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            return -1;
        }
        return i;
    }

    private static boolean blankMayFollow(char previous, char next) {
        return isSymbol(previous) || isSymbol(next) || (previous == 'x' && TextNormalizer.isAsciiDigit(next));
    }

    private static boolean isSymbol(char c) {
        return c != ' ' && !Character.isLetterOrDigit(c);
    }

    private static Map<Character, List<Entry>> build() {
        List<Entry> all = new ArrayList<>();
        for (LabUnit unit : LabUnit.values()) {
            for (String alias : unit.aliases()) {
                all.add(new Entry(alias, unit, 1.0, null));
            }
        }
        for (String k : List.of("k", "thousand", "thousands", "thou")) {
            all.add(new Entry(k, null, 1_000, null));
        }
        // "15.2 x10^4/uL", as Japanese reports give platelets: ten thousand per microlitre
        for (String k : List.of("x10^4", "10^4", "*10^4", "x10e4", "x10*4", "x10(4)", "x10^(4)")) {
            all.add(new Entry(k, null, 10_000, null));
        }
        for (String k : List.of("lakh", "lakhs", "lac", "lacs")) {
            all.add(new Entry(k, null, 100_000, null));
        }
        for (String k : List.of("million", "millions", "mil")) {
            all.add(new Entry(k, null, 1_000_000, null));
        }
        for (String t : List.of("°c", "degrees c", "degrees celsius", "degrees centigrade", "degree c",
                "deg c", "celsius", "centigrade", "c")) {
            all.add(new Entry(t, null, 1.0, TempUnit.CELSIUS));
        }
        for (String t : List.of("°f", "degrees f", "degrees fahrenheit", "degree f", "deg f", "fahrenheit", "f")) {
            all.add(new Entry(t, null, 1.0, TempUnit.FAHRENHEIT));
        }
        for (String t : List.of("°", "degrees", "degree", "deg")) {
            all.add(new Entry(t, null, 1.0, TempUnit.DEGREES));
        }
        Map<Character, List<Entry>> index = new HashMap<>();
        for (Entry e : all) {
            index.computeIfAbsent(e.spelling().charAt(0), c -> new ArrayList<>()).add(e);
        }
        Map<Character, List<Entry>> frozen = new HashMap<>();
        index.forEach((c, list) -> {
            list.sort(Comparator.comparingInt((Entry e) -> e.spelling().length()).reversed());
            frozen.put(c, List.copyOf(list));
        });
        return Map.copyOf(frozen);
    }
}
