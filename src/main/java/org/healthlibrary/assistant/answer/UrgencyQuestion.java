package org.healthlibrary.assistant.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * A question about an emergency rather than an emergency: when a sign is bad enough for the ER,
 * what a warning sign means ("what makes stool turn black?"), what happens past a count ("what
 * happens if platelets go under 10?"). The library answers these in its "When to call your
 * provider" sections and its questions such as "When is bleeding an emergency?" and "What
 * platelet count is too low?", but in other words: the question's frame ("bad enough for the
 * ER", "what happens if ... go under") is words no passage has, so the evidence gate refused.
 * {@link #inLibraryWords} restates such a question as the library asks it: the sign or count the
 * question names, followed by "too low"/"too high" for a number past a limit, else by "when is it
 * an emergency, when to call". The safety screen still reads the patient's own message first;
 * this only changes what retrieval is asked once the screen found no emergency. Stateless.
 */
public final class UrgencyQuestion {

    /** The frames of a question about urgency; each match is removed from the restated question. */
    private static final Pattern FRAME = Pattern.compile(
            "\\b(is it |is this |is that |are they )?bad enough( to| for)?( go( to)?| see)?\\b"
                    + "|\\b(go|going|goes|head|rush|take (him|her|them|me|my \\w+))( to)? (the )?(er|e\\.r\\.?|a&e|emergency room|emergency"
                    + "|emergency department|hospital|urgent care)\\b"
                    + "|\\b(for|to) (the )?(er|e\\.r\\.?|a&e|emergency room|urgent care)\\b"
                    + "|\\b(call(ing)? )?911\\b|\\b(is|are) (it|this|that|they) (an )?(emergency|urgent|serious|dangerous)\\b"
                    + "|\\bhow (serious|bad|dangerous|worried should i be)( is)?\\b|\\bshould i (be )?(worr(y|ied)|panic)( about)?\\b"
                    + "|\\bwhat happens (if|when)\\b|\\bwhat (makes|causes|would make|can make|could make)\\b"
                    + "|\\b(turn|turns|go|goes|look|looks|become|becomes)(?= (black|red|dark|bloody|tarry|purple|maroon)\\b)"
                    + "|\\bwhen (is|are|does|do)\\b|\\bwhen to\\b|\\b(an )?(emergency|urgent)\\b");
    /** A count past a limit: "under 10", "below 20k", "less than 1,000", "over 50". */
    private static final Pattern LIMIT = Pattern.compile(
            "\\b(go(es)?|drop(s|ped)?|fall(s)?|gets?|is|are|was)?\\s*(under|below|less than|lower than|over|above|more than|higher than)"
                    + "\\s+\\d[\\d,.]*k?\\b");
    /** The emergency room in patients' short forms, restated as the library's word. */
    private static final Pattern ER = Pattern.compile("\\b(the |an? )?(er|e\\.r\\.?|a&e|emergency room|urgent care)\\b");
    private static final Pattern ABOVE = Pattern.compile("\\b(over|above|more than|higher than)\\b");
    /** A warning sign asked about with "why" ("why do my gums bleed", "why is my poop black"). */
    private static final Pattern WHY_SIGN = Pattern.compile(
            "\\bwhy (do|does|is|are|would|did)\\b.*\\b(bleed|bleeds|bleeding|black|bloody|tarry|blood)\\b");

    private static final Pattern URGENT_HEADING = Pattern.compile(
            "^when to (call|get help)|\\b(emergency|urgent|serious|dangerous|too low|too high|worry|worried)\\b");
    /** How many of the best hits a sign's passage may be found among. */
    private static final int SIGN_WINDOW = 4;

    private UrgencyQuestion() {
    }

    /** True when {@code question} asks about an emergency, a warning sign or a count past a limit. */
    public static boolean asks(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        return FRAME.matcher(q).find() || LIMIT.matcher(q).find() || WHY_SIGN.matcher(q).find();
    }

    /**
     * For a question about urgency, the result with the best-covering of its first
     * {@value #SIGN_WINDOW} anchored hits that say when something needs care first: such a question names a sign ("when is a
     * nosebleed bad enough for the ER during chemo?") and the passage that names the sign
     * (bleeding) answers it, not the higher-ranked one that only shares the frame (a fever during
     * chemotherapy is an emergency). Other questions' results are returned as they are.
     */
    public static SearchResult signFirst(String question, SearchResult result) {
        if (result.hits().size() < 2 || !asks(question)) {
            return result;
        }
        int best = 0;
        for (int i = 1; i < Math.min(SIGN_WINDOW, result.hits().size()); i++) {
            SearchHit h = result.hits().get(i);
            if (h.anchored() && h.coverage() > result.hits().get(best).coverage() && aboutUrgency(h)) {
                best = i;
            }
        }
        return best == 0 ? result : result.withFirst(best);
    }

    /** A passage that says when something needs care: a "When to call" section, or a question such as "When is bleeding an emergency?". */
    static boolean aboutUrgency(SearchHit hit) {
        String heading = hit.passage().question() != null ? hit.passage().question() : hit.passage().heading();
        return heading != null && URGENT_HEADING.matcher(heading.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The question restated in the library's words, or empty when it is not about urgency or
     * nothing names a sign or count once the frame is removed.
     */
    public static Optional<String> inLibraryWords(String question) {
        if (!asks(question)) {
            return Optional.empty();
        }
        String q = ER.matcher(question.toLowerCase(Locale.ROOT)).replaceAll("emergency");
        Matcher limit = LIMIT.matcher(q);
        String ending;
        if (limit.find()) {
            ending = ABOVE.matcher(limit.group()).find() ? " count too high" : " count too low";
            q = limit.replaceAll(" ");
        } else {
            ending = " when is it an emergency, when to call";
        }
        String core = FRAME.matcher(q).replaceAll(" ").replaceAll("[?!.]+", " ")
                .replaceAll("^\\W*((what|when|why|how|is|are|does|do|should|can|will|would|if)( (i|we|you|he|she|they|it))?\\s+)+", " ")
                .replaceAll("^\\s*(for|to|of|with|about)\\b", " ").replaceAll("\\s+", " ").strip();
        if (core.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(core + ending);
    }
}
