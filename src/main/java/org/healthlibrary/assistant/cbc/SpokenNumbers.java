package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Second lexer pass: replaces runs of number words ({@code eighty - five thousand}) with one
 * {@link Token.Num}, joined with any unit written after them. A number said with a scale word
 * and no unit ({@code eighty-five thousand}) is a raw per-microlitre count, like {@code 85k}.
 * Linear in the number of tokens; stateless and thread-safe.
 */
final class SpokenNumbers {

    /** Longest run of words offered to {@link NumberWords} at once. */
    private static final int MAX_RUN = 16;

    private SpokenNumbers() {
    }

    static List<Token> merge(String norm, List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            Token t = raw.get(i);
            if (t instanceof Token.Word w && NumberWords.mayStart(w.text()) && plausibleStart(raw, i, w.text())) {
                List<Token.Word> run = run(raw, i);
                List<String> words = new ArrayList<>(run.size());
                for (Token.Word r : run) {
                    words.add(r.text());
                }
                NumberWords.Parsed parsed = NumberWords.parse(words, 0);
                if (parsed != null) {
                    Token.Word last = run.get(parsed.consumed() - 1);
                    double v = parsed.value();
                    int size = out.size();
                    int end = LabTextLexer.attachSuffix(norm, w.start(), last.end(), v, v == Math.rint(v), true,
                            false, out);
                    Token.Num num = (Token.Num) out.get(size);
                    if (parsed.scaled() && num.bare()) {
                        out.set(size, new Token.Num(num.value(), LabUnit.PER_UL, null, num.integer(), true, false,
                                false, num.start(), num.end()));
                    }
                    while (i < raw.size() && raw.get(i).start() < end) {
                        i++;
                    }
                    continue;
                }
            }
            out.add(t);
            i++;
        }
        return out;
    }

    /** Cheap pre-check for the common words "a", "an", "point", "minus": only a number when a number word follows. */
    private static boolean plausibleStart(List<Token> raw, int i, String word) {
        return switch (word) {
            case "a", "an", "point", "minus", "negative" -> i + 1 < raw.size() && raw.get(i + 1) instanceof Token.Word next
                    && NumberWords.mayStart(next.text()) || i + 1 < raw.size()
                    && raw.get(i + 1) instanceof Token.Word scale && NumberWords.isScale(scale.text());
            default -> true;
        };
    }

    /** The words from {@code from} on that are separated only by blanks or hyphens. */
    private static List<Token.Word> run(List<Token> raw, int from) {
        List<Token.Word> run = new ArrayList<>();
        int i = from;
        while (i < raw.size() && run.size() < MAX_RUN) {
            if (raw.get(i) instanceof Token.Word w) {
                run.add(w);
                i++;
            } else if (raw.get(i) instanceof Token.Sym s && s.c() == '-' && i + 1 < raw.size()
                    && raw.get(i + 1) instanceof Token.Word) {
                i++;
            } else {
                break;
            }
        }
        return run;
    }
}
