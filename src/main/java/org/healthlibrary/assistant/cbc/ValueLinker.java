package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ties each analyte name to its number: the free number right before it ({@code 90k
 * platelets}) or the first free number after it within the same sentence and a few words
 * ({@code hemoglobin came back at 9.1}), plus the lab's own range written next to it
 * ({@code platelets 120 (150-400)}, {@code ref range 12-15.5}). Claimed numbers (ages,
 * temperatures, dates, other values) are stepped over. A name followed by a comparison
 * ({@code platelets below 20}) is a question about a threshold, not a result, and is skipped.
 * Stateless; thread-safe; each name looks at a bounded window, so the pass is linear.
 */
final class ValueLinker {

    /**
     * A number tied to an analyte name.
     *
     * @param analyte the analyte, or null for band neutrophils (percent of a differential)
     * @param value   the number as written, with its unit
     * @param range   the lab's own range written with it, or null
     */
    record Found(Analyte analyte, Token.Num value, LabRange range) {
    }

    private record RangeParse(LabRange range, int next) {
    }

    private static final int MAX_WORDS_BETWEEN = 6;
    private static final int MAX_TOKENS_AHEAD = 24;
    static final Set<String> COMPARISON = Set.of("under", "below", "over", "above", "than", "less", "more",
            "greater", "between", "exceeds", "exceed", "threshold", "cutoff", "cut", "lower", "higher");
    private static final Set<String> RANGE_KEYWORDS = Set.of("ref", "reference", "range", "normal", "nl", "rr",
            "interval", "limits", "norm");
    private static final Set<String> RANGE_FILLER = Set.of("is", "lab", "labs", "the", "values", "value", "s",
            "from", "my", "their", "its", "range", "ranges");
    static final Set<String> OTHER_TESTS = Set.of("ferritin", "iron", "glucose", "sugar", "vitamin",
            "b", "folate", "tsh", "creatinine", "inr", "esr", "crp", "mch", "mchc", "rdw", "mpv", "retic",
            "reticulocytes", "reticulocyte", "psa", "cholesterol", "sodium", "potassium", "calcium", "magnesium",
            "alt", "ast", "bilirubin", "albumin", "ldh", "tibc", "transferrin", "haptoglobin", "egfr", "gfr", "bun",
            "dimer", "fibrinogen", "ptt", "pt", "bp", "pressure", "pulse", "weight", "height", "bmi", "sats",
            "saturation", "oxygen", "hba", "ldl", "hdl", "triglycerides", "eosinophils", "eos", "monocytes",
            "monos", "mono", "basophils", "basos", "blasts", "nrbc", "temp", "temperature", "age", "aged");

    private ValueLinker() {
    }

    static List<Found> link(TokenView v) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m != null) {
                Found f = link(v, m);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    private static Found link(TokenView v, TokenView.Mention m) {
        int before = m.start() - 1;
        Token.Num adjacent = v.freeNum(before);
        if (adjacent != null && !comparisonBefore(v, before)) {
            v.claimed[before] = true;
            return new Found(m.analyte(), adjacent, null);
        }
        LabRange pendingRange = null;
        boolean sawFrom = false;
        int words = 0;
        for (int j = m.end() + 1; j < v.size() && j - m.end() <= MAX_TOKENS_AHEAD; j++) {
            Token t = v.tokens.get(j);
            if (TokenView.isSentenceEnd(t)) {
                return null;
            }
            TokenView.Mention other = v.inMention[j];
            if (other != null) {
                if (other.analyte() != m.analyte()) {
                    return null;
                }
                j = other.end();
                continue;
            }
            if (t instanceof Token.Word w) {
                if (COMPARISON.contains(w.text()) || OTHER_TESTS.contains(w.text()) || ++words > MAX_WORDS_BETWEEN) {
                    return null;
                }
                sawFrom |= w.text().equals("from");
            } else if (t instanceof Token.Sym s && (s.c() == '<' || s.c() == '>' || s.c() == '≤' || s.c() == '≥')) {
                return null;
            } else if (t instanceof Token.Num && !v.claimed[j]) {
                RangeParse leading = v.isSym(j - 1, '(') || v.isSym(j - 1, '[') || rangeKeywordBefore(v, j)
                        ? bounds(v, j) : null;
                if (leading != null) {
                    pendingRange = leading.range();
                    j = leading.next() - 1;
                    continue;
                }
                return value(v, m, j, sawFrom, pendingRange);
            }
        }
        return null;
    }

    private static Found value(TokenView v, TokenView.Mention m, int j, boolean sawFrom, LabRange pendingRange) {
        v.claimed[j] = true;
        Token.Num value = (Token.Num) v.tokens.get(j);
        int after = j + 1;
        int arrow = v.isWord(after, "to") ? after + 1 : v.isSym(after, '-') && v.isSym(after + 1, '>') ? after + 2 : -1;
        if (sawFrom && arrow > 0 && v.freeNum(arrow) != null) {
            v.claimed[arrow] = true;
            value = (Token.Num) v.tokens.get(arrow);
            after = arrow + 1;
        }
        RangeParse trailing = rangeAfter(v, after);
        return new Found(m.analyte(), value, trailing != null ? trailing.range() : pendingRange);
    }

    /** A lab range right after a value: {@code (150-400)}, {@code [4.0 - 11.0 K/uL]}, {@code , normal 150 to 400}. */
    private static RangeParse rangeAfter(TokenView v, int p) {
        if (v.isSym(p, ',') || v.isSym(p, ';')) {
            p++;
        }
        boolean bracket = false;
        if (v.isSym(p, '(') || v.isSym(p, '[')) {
            bracket = true;
            p++;
        }
        boolean keyword = false;
        for (int k = 0; k < 4; k++) {
            if (v.isWord(p, RANGE_KEYWORDS)) {
                keyword = true;
                p++;
            } else if (v.isWord(p, RANGE_FILLER) || v.isSym(p, ':') || v.isSym(p, '=') || v.isSym(p, '.')) {
                p++;
            } else {
                break;
            }
        }
        if (!bracket && keyword && (v.isSym(p, '(') || v.isSym(p, '['))) {
            bracket = true;
            p++;
        }
        if (!bracket && !keyword) {
            return null;
        }
        RangeParse r = bounds(v, p);
        if (r != null && bracket && (v.isSym(r.next(), ')') || v.isSym(r.next(), ']'))) {
            return new RangeParse(r.range(), r.next() + 1);
        }
        return r;
    }

    /** Two free numbers joined by {@code -} or {@code to}, low before high; claims them. */
    private static RangeParse bounds(TokenView v, int p) {
        Token.Num low = v.freeNum(p);
        if (low == null) {
            return null;
        }
        int highAt;
        double highValue;
        Token.Num high;
        if ((v.isSym(p + 1, '-') || v.isWord(p + 1, "to")) && v.freeNum(p + 2) != null) {
            highAt = p + 2;
            high = v.freeNum(highAt);
            highValue = high.value();
        } else if (v.freeNum(p + 1) != null && v.freeNum(p + 1).value() < 0) {
            highAt = p + 1;
            high = v.freeNum(highAt);
            highValue = -high.value();
        } else {
            return null;
        }
        if (low.value() < 0 || !(low.value() < highValue)) {
            return null;
        }
        v.claimed[p] = true;
        v.claimed[highAt] = true;
        LabUnit unit = high.unit() != null ? high.unit() : low.unit();
        return new RangeParse(new LabRange(low.value(), highValue, unit), highAt + 1);
    }

    private static boolean rangeKeywordBefore(TokenView v, int j) {
        for (int k = j - 1; k >= 0 && j - k <= 3; k--) {
            if (v.isWord(k, RANGE_KEYWORDS)) {
                return true;
            }
            if (!(v.isWord(k, RANGE_FILLER) || v.isSym(k, ':') || v.isSym(k, '(') || v.isSym(k, '['))) {
                return false;
            }
        }
        return false;
    }

    private static boolean comparisonBefore(TokenView v, int i) {
        return v.isWord(i - 1, COMPARISON) || v.isSym(i - 1, '<') || v.isSym(i - 1, '>')
                || v.isWord(i - 1, "than");
    }
}
