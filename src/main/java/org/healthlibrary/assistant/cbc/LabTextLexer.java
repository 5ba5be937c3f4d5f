package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.knowledge.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into {@link Token}s in one left-to-right pass: numbers in digits
 * ({@code 85,000}, {@code 9.1}, {@code 9,1}, {@code .5}, {@code -3}) and in words
 * ({@code nine point one}), each joined with the unit, multiplier or temperature unit written
 * after it, then words and symbols. A unit standing alone ({@code (x10^9/L)}) is dropped so
 * its digits are never read as values. Linear in the text length; stateless and thread-safe.
 */
final class LabTextLexer {

    /** Integer digits kept from one number; longer runs are consumed but read as a huge value. */
    private static final int MAX_DIGITS = 16;
    /** Decimal digits kept; further ones are consumed and dropped. */
    private static final int MAX_FRACTION = 9;

    private LabTextLexer() {
    }

    static List<Token> lex(String norm) {
        List<Token> raw = new ArrayList<>();
        int i = 0;
        int n = norm.length();
        while (i < n) {
            char c = norm.charAt(i);
            if (c == '\n') {
                raw.add(new Token.Sym(c, i, i + 1));
                i++;
            } else if (c == ' ') {
                i++;
            } else if (startsNumber(norm, i)) {
                UnitLexicon.Match standalone = previousIsNumber(raw) ? null : UnitLexicon.matchStandaloneUnit(norm, i);
                if (standalone != null) {
                    i = standalone.end();
                } else {
                    i = lexNumber(norm, i, raw);
                }
            } else if (Character.isLetter(c)) {
                UnitLexicon.Match standalone = UnitLexicon.matchStandaloneUnit(norm, i);
                if (standalone != null) {
                    i = standalone.end();
                    continue;
                }
                int j = i;
                while (j < n && Character.isLetter(norm.charAt(j))) {
                    j++;
                }
                raw.add(new Token.Word(norm.substring(i, j), i, j));
                i = j;
            } else {
                UnitLexicon.Match standalone = c == '*' ? UnitLexicon.matchStandaloneUnit(norm, i) : null;
                if (standalone != null) {
                    i = standalone.end();
                } else {
                    raw.add(new Token.Sym(c, i, i + 1));
                    i++;
                }
            }
        }
        return SpokenNumbers.merge(norm, raw);
    }

    private static boolean previousIsNumber(List<Token> raw) {
        return !raw.isEmpty() && raw.get(raw.size() - 1) instanceof Token.Num;
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        if (TextNormalizer.isAsciiDigit(c)) {
            return true;
        }
        boolean digitNext = i + 1 < s.length() && TextNormalizer.isAsciiDigit(s.charAt(i + 1));
        if (c == '.') {
            return digitNext && (i == 0 || !TextNormalizer.isAsciiDigit(s.charAt(i - 1)));
        }
        if (c == '-') {
            return digitNext && (i == 0 || " \n:=([".indexOf(s.charAt(i - 1)) >= 0);
        }
        return false;
    }

    /** Reads one number in digits at {@code start} and what follows it; returns the next offset. */
    private static int lexNumber(String s, int start, List<Token> out) {
        int n = s.length();
        int i = start;
        boolean negative = s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        StringBuilder digits = new StringBuilder("0");
        int from = i;
        i = skipDigits(s, i);
        boolean huge = append(digits, s, from, i);
        boolean grouped = false;
        while (i < n && s.charAt(i) == ',' && digitsAt(s, i + 1, 3) && !digitAt(s, i + 4)) {
            huge |= append(digits, s, i + 1, i + 4);
            i += 4;
            grouped = true;
        }
        boolean integer = true;
        boolean decimalComma = !grouped && i < n && s.charAt(i) == ',' && digitAt(s, i + 1)
                && skipDigits(s, i + 1) - i - 1 <= 2 && !listFollows(s, skipDigits(s, i + 1));
        if (i < n && (s.charAt(i) == '.' || decimalComma) && digitAt(s, i + 1)) {
            int fractionEnd = skipDigits(s, i + 1);
            digits.append('.').append(s, i + 1, Math.min(fractionEnd, i + 1 + MAX_FRACTION));
            i = fractionEnd;
            integer = false;
        }
        double value = huge ? 1e18 : Double.parseDouble(digits.toString());
        boolean gluedLeft = start > 0 && Character.isLetter(s.charAt(start - 1));
        return attachSuffix(s, start, i, negative ? -value : value, integer, false, gluedLeft, out);
    }

    private static boolean listFollows(String s, int i) {
        return i + 1 < s.length() && s.charAt(i) == ',' && digitAt(s, i + 1);
    }

    /** Appends integer digits; returns true when the number has grown past {@value #MAX_DIGITS} digits. */
    private static boolean append(StringBuilder digits, String s, int from, int to) {
        if (digits.length() + (to - from) > MAX_DIGITS) {
            return true;
        }
        digits.append(s, from, to);
        return false;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && TextNormalizer.isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Joins a unit, multiplier (then an optional unit) or temperature unit written after a
     * number, adds the {@link Token.Num} and returns the offset after it.
     */
    static int attachSuffix(String s, int start, int numberEnd, double value, boolean integer, boolean spoken,
                            boolean gluedLeft, List<Token> out) {
        LabUnit unit = null;
        TempUnit temp = null;
        int end = numberEnd;
        boolean suffixGlued = false;
        UnitLexicon.Match m = UnitLexicon.matchAfterNumber(s, numberEnd);
        if (m != null) {
            suffixGlued = m.attached();
            end = m.end();
            if (m.multiplier() != 1.0) {
                value *= m.multiplier();
                integer = integer || value == Math.rint(value);
                UnitLexicon.Match after = UnitLexicon.matchAfterNumber(s, end);
                if (after != null && after.unit() != null) {
                    unit = after.unit();
                    end = after.end();
                } else {
                    unit = LabUnit.PER_UL;
                }
            } else {
                unit = m.unit();
                temp = m.temp();
            }
        }
        out.add(new Token.Num(value, unit, temp, integer, spoken, gluedLeft, suffixGlued, start, end));
        return end;
    }

    private static boolean digitAt(String s, int i) {
        return i < s.length() && TextNormalizer.isAsciiDigit(s.charAt(i));
    }

    private static boolean digitsAt(String s, int i, int count) {
        for (int k = 0; k < count; k++) {
            if (!digitAt(s, i + k)) {
                return false;
            }
        }
        return true;
    }
}
