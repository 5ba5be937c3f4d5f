package org.healthlibrary.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The question inside a patient's message. Patients tell a story before they ask ("the nurse
 * called, my counts came back weird and i'm freaking out, what does low neutrophils even mean"),
 * add when and where ("for my checkup on monday"), or ask nothing at all ("my dad starts chemo on
 * friday"). This splits the message into clauses, keeps the clause that asks (a question mark or
 * a question word first) together with the clause before it when the question alone is too short
 * to name its subject ("..., is that why") or when it points back at a clause that names no library
 * topic ("my dad had a stroke, could that affect his blood counts"), and drops dates and times that only place the story. A clause
 * opening with "when" asks only as a question ("when is it an emergency", "... when?"), not as
 * the time of the story ("when i was a teenager ...").
 * A message with no asking clause is a {@link Kind#STATEMENT}, read whole (its dates and times
 * are what it tells: "i had a fever last week but it's gone now"). Retrieval and the evidence gate
 * read {@link #question()}; the safety screen always reads the whole message. Immutable.
 *
 * @param question the text to retrieve with: the asking part, or the whole message cleaned
 * @param kind     whether the message asks something, or only states
 * @param trimmed  true when story clauses were left out of {@code question}
 */
public record QuestionPart(String question, Kind kind, boolean trimmed) {

    /** Whether a message asks. */
    public enum Kind { QUESTION, STATEMENT }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?<=[?!.;:])\\s+|[,;]\\s*|\\s+-+\\s+|\\.{2,}\\s*|\\n+");
    private static final Pattern ASKS = Pattern.compile(
            "^(what|whats|what's|wat|why|how|whens|when's|where|who|which|is|isn't|are|aren't|can|cant|can't|could|does|doesn't"
                    + "|do|did|should|shouldn't|will|would|am|any|anything|r|was|were|has|have|tell me|explain|define"
                    + "|meaning|difference|signs?|symptoms?|causes?|treatments?|help)\\b");
    /** Words that lead into a question without asking ("anyway how long ...", "ok so what ..."). */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^((anyway|anyways|so|but|and|ok|okay|also|btw|well|then|hey|hi|hello|um|uh|oh|just wondering|quick question"
                    + "|question|i wonder|wondering)\\b[\\s,:]*)+");
    /**
     * A condition that opens a question ("if my platelets drop, will i need ..."; "what if i pass out at home");
     * the clause it opens asks when it inverts a verb and its subject later on ("... will i need a transfusion").
     */
    private static final Pattern CONDITION = Pattern.compile("^(what )?(if|in case|when|whenever|after|before|while)\\b");
    /** A condition clause that belongs to the question after it ("what if i pass out at home, who do i call"). */
    private static final Pattern IF = Pattern.compile("^(what )?(if|in case)\\b");
    private static final Pattern INVERTED = Pattern.compile(
            "\\b(will|would|should|shall|can|could|do|does|did|is|are|am|was|were|has|have|must)"
                    + " (i|we|you|he|she|it|they|my|our|his|her|their|that|this)\\b"
                    + "|\\b(how|what|who|where|which|why|when) (do|does|should|can|would|will|is|are) \\w+");
    /** Dates and times that only place the story ("on monday", "tomorrow morning", "in 2 wks", "at 10"). */
    private static final Pattern WHEN = Pattern.compile(
            "\\b(on|this|next|last|by|until|till|before|after)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|tomorrow|tmrw|tonight|today|yesterday|(this|next|last) (week|month|morning|night)"
                    + "|the \\d{1,2}(st|nd|rd|th))\\b( (morning|night|afternoon|evening))?"
                    + "|\\bin \\d+ (days?|wks?|weeks?|months?)\\b|\\bat \\d{1,2}(:\\d\\d)?( ?[ap]m)?\\b|\\b(lol|tho|omg|wth|pls|plz)\\b");
    /** A message that tells about someone ("my dad starts chemo", "just found out i have ...") rather than naming a query. */
    private static final Pattern TELLS = Pattern.compile(
            "\\b(my|i|im|i'm|i've|ive|we|our|he|she|his|her|they|their|mom|dad|wife|husband|son|daughter|sister|brother)\\b");
    /** A question this short points back at the story ("is that why", "is it urgent"). */
    private static final int MIN_OWN_WORDS = 4;
    /**
     * A word by which a question points back at what the story tells ("my dad had a stroke, could
     * <b>that</b> affect his counts"); a person's pronoun ("should she ...") points at a person.
     */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(that|this|it|these|those)\\b");

    /** Reads one message with no library's topic names (a question pointing back always keeps the clause before it). */
    public static QuestionPart of(String message) {
        return of(message, LibraryTopics.none());
    }

    /**
     * Reads one message. A question that points back ("could that ...") keeps the clause before
     * it when that clause names none of {@code topics}: the question is then about something the
     * story tells that the library may not cover (a stroke, a seizure), which the evidence gate
     * must see; a clause that names a library topic gives the question its topic instead
     * ({@link AskedQuestion}).
     */
    public static QuestionPart of(String message, LibraryTopics topics) {
        String text = message.strip();
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE_BREAK.split(text)) {
            if (!c.isBlank()) {
                clauses.add(c.strip());
            }
        }
        int asking = -1;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (asks(clauses.get(i))) {
                asking = i;
                break;
            }
        }
        if (asking < 0) {
            // a statement's times are what it tells ("i had a fever last week but it's gone now"): kept
            return TELLS.matcher(text.toLowerCase(Locale.ROOT)).find() ? new QuestionPart(text, Kind.STATEMENT, false)
                    : new QuestionPart(clean(text), Kind.QUESTION, false);
        }
        int from = asking;
        while (from > 0 && (words(String.join(" ", clauses.subList(from, asking + 1))) < MIN_OWN_WORDS
                || IF.matcher(clauses.get(from - 1).toLowerCase(Locale.ROOT)).find())) {
            from--;
        }
        if (from == asking && from > 0 && POINTS_BACK.matcher(clauses.get(asking).toLowerCase(Locale.ROOT)).find()
                && topics.named(clauses.get(from - 1)).isEmpty()) {
            from--;
        }
        int to = asking;
        while (to + 1 < clauses.size() && words(clauses.get(asking)) < MIN_OWN_WORDS && from == asking) {
            to++;
        }
        String question = clean(String.join(" ", clauses.subList(from, to + 1)));
        return new QuestionPart(question, Kind.QUESTION, from > 0 || to < clauses.size() - 1);
    }

    private static boolean asks(String clause) {
        String c = LEAD_IN.matcher(clause.toLowerCase(Locale.ROOT)).replaceFirst("");
        return c.endsWith("?") || ASKS.matcher(c).find()
                || CONDITION.matcher(c).find() && INVERTED.matcher(c).find();
    }

    private static String clean(String s) {
        String out = WHEN.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? s.strip() : out;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
