package org.healthlibrary.assistant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one sentence splitter, in the two forms the packages need.
 * <ul>
 * <li>{@link #split} cuts written prose (articles, answers, speech): after {@code .}, {@code !}
 * or {@code ?} (and an optional closing quote or bracket) followed by white space and a
 * capital letter, a digit, a quote or an opening bracket. So "38.5" and "e.g. a" stay whole.</li>
 * <li>{@link #spans} cuts a patient's normalised (lower-case) message into clauses for
 * negation and question scope: after {@code . ! ? ;} and line breaks, but not inside a decimal
 * such as {@code 38.5}; runs of end marks ("?!", "...") stay with their sentence.</li>
 * </ul>
 * Stateless and thread-safe; linear in the length of the text.
 */
public final class Sentences {

    private static final Pattern PROSE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“(\\p{Lu}0-9])");

    private Sentences() {
    }

    /** The sentences of prose, in order, without the white space between them. */
    public static List<String> split(String prose) {
        return List.of(PROSE_END.split(prose));
    }

    /** Clause spans {@code [start, end)} of a normalised message; at least one span, covering it all. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = c == '!' || c == '?' || c == ';' || c == '\n'
                    || (c == '.' && !(i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))));
            if (boundary) {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '?' || text.charAt(end) == '!' || text.charAt(end) == '.')) {
                    end++;
                }
                out.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < n || out.isEmpty()) {
            out.add(new int[] {start, n});
        }
        return out;
    }
}
