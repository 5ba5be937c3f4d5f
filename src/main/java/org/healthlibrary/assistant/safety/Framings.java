package org.healthlibrary.assistant.safety;

import java.util.regex.Matcher;

import static org.healthlibrary.assistant.safety.MentionCues.*;
import static org.healthlibrary.assistant.safety.ReportedSpeechCues.*;

/**
 * Frames that make a mention something other than what the person has now: a possible or
 * feared future event, and a story from a show, book, game or post. Used by
 * {@link MentionAnalysis}. Stateless.
 */
final class Framings {

    /** Characters before a mention in which cues that end at the mention are looked for (linear, bounded). */
    private static final int TAIL = 80;

    private Framings() {
    }

    /**
     * True when the mention is something that may happen, not something happening: a question
     * about the future just before it ("will I bleed a lot during ..."), an if-clause opening
     * the sentence followed by a question ("if I hit my head on blood thinners, would I know"),
     * or a fear of an event still to come ("I'm scared I might pass out during the biopsy").
     */
    static boolean future(String sentence, int relStart, int relEnd) {
        String before = sentence.substring(0, relStart);
        if (FUTURE_QUESTION.matcher(before).find()) {
            return true;
        }
        if (IF_CLAUSE.matcher(before).find() && MODAL_AFTER.matcher(sentence.substring(Math.min(relEnd, sentence.length()))).find()) {
            return true;
        }
        return FEAR_OF_EVENT.matcher(sentence.substring(0, Math.min(relEnd, sentence.length()))).find()
                && FUTURE_EVENT.matcher(sentence).find();
    }

    /**
     * True when the sentence opens with a supposition or a named fear before the mention ("say my
     * platelets are really low and I cut myself, ...", "what if it spreads and I start having
     * seizures", "my biggest fear is him having a stroke"), or the mention is what a fear says may come ("scared
     * my platelets will drop and I'll bleed out", "worrying every headache is a brain bleed").
     * Holds whatever present cue the sentence has ("I keep worrying ..."). A sentence that says
     * "hypothetically" or "in theory", with nothing happening now, is a supposition wherever it says so.
     */
    static boolean supposedOrFeared(String sentence, int relStart) {
        // Also a fear of doing something at an event still to come, with nothing happening now
        // ("afraid of passing out during my blood draw tomorrow").
        String before = sentence.substring(0, relStart);
        if (FramingCues.SUPPOSITION.matcher(before).lookingAt()
                || FramingCues.FEAR_OR_WHAT_IF_OPENING.matcher(before).lookingAt()
                        && !FramingCues.HAPPENING_NOW.matcher(sentence).find()) {
            return true;
        }
        if (FramingCues.IMAGINED.matcher(tail(before)).find()
                || FramingCues.HYPOTHETICALLY.matcher(sentence).find() && !FramingCues.HAPPENING_NOW.matcher(sentence).find()) {
            return true;
        }
        if (FramingCues.FEAR_OF_DOING.matcher(tail(before)).find()
                && (FUTURE_EVENT.matcher(sentence).find() || FramingCues.AVOIDANCE.matcher(sentence).find())
                && !PRESENT_NOW.matcher(sentence).find()) {
            return true;
        }
        // A fear naming whom it is about, or an if-clause, at no particular time ("i keep worrying my
        // husband won't wake up one morning", "if i couldn't wake my dad up one morning, what do i do").
        if (!FramingCues.HAPPENING_NOW.matcher(sentence).find()
                && (FramingCues.FEAR_THAT_SUBJECT.matcher(tail(before)).find() && FUTURE_EVENT.matcher(sentence).find()
                    || indefiniteIf(sentence, relStart))) {
            return true;
        }
        return FramingCues.WOULD_COME.matcher(tail(before)).find() && FramingCues.FEAR.matcher(before).find();
    }

    /** True when the mention sits in an opening if-clause that names no particular time ("if he ever ..."). */
    private static boolean indefiniteIf(String sentence, int relStart) {
        Matcher m = FramingCues.IF_OPENING.matcher(sentence);
        return m.lookingAt() && relStart < m.end() && FramingCues.INDEFINITE_TIME.matcher(m.group(1)).find();
    }

    /**
     * True when the words say the mention is not meant literally: "figuratively" in its sentence, an
     * idiom just before it ("my kids are driving me into a seizure"), or something only looked or
     * said asleep ("said I looked like I was about to pass out, but I feel fine").
     */
    static boolean figurative(String sentence, int relStart) {
        return FramingCues.FIGURE_OF_SPEECH.matcher(sentence).find()
                || FramingCues.ONLY_LOOKED_OR_ASLEEP.matcher(sentence).find()
                || FramingCues.DRIVING_ME_INTO.matcher(tail(sentence.substring(0, relStart))).find();
    }

    /** True when the message holds a joke or an idiom that sounds like an emergency ("a bloody nightmare"). */
    static boolean jokeOrIdiom(String text) {
        return FramingCues.JOKE_OR_IDIOM.matcher(text).find();
    }

    /**
     * True when the mention is inside quotation marks that follow someone's words ("emailed that
     * he 'passed out'", "keeps telling everyone i 'almost died of a fever'") and the message
     * disputes them or says all is well ("but he says he just put his head down", "he's fine").
     */
    static boolean quotedAndDisputed(String text, String sentence, int relStart) {
        int open = -1;
        for (int i = Math.min(relStart, sentence.length()) - 1; i >= 0 && open < 0; i--) {
            char c = sentence.charAt(i);
            if (c == '"' || c == '\'' && (i == 0 || !Character.isLetter(sentence.charAt(i - 1)))) {
                open = i;
            } else if (c == '\'' && i + 1 < sentence.length() && !Character.isLetter(sentence.charAt(i + 1))) {
                return false;
            }
        }
        return open >= 0 && FramingCues.QUOTE_FRAME.matcher(tail(sentence.substring(0, open))).find()
                && FramingCues.DISPUTED.matcher(text).find();
    }

    /**
     * True when reported words tell of someone else's relative in the past, with nothing making it
     * recent ("a coworker told me her dad had a seizure from the chemo i'm starting"): {@code lead} is
     * what comes between the reporting frame and the mention, {@code upToMention} runs on to its end.
     */
    static boolean someoneElsesRelative(String sentence, String lead, String upToMention) {
        return !FIRST_PERSON.matcher(lead).find() && REPORTED_AWAY.matcher(lead).find()
                && !PRESENT_NOW.matcher(sentence).find() && !sentence.contains("just ")
                && REPORTED_PAST.matcher(upToMention).find();
    }

    /** The last {@link #TAIL} characters of {@code before}: the cues that end at the mention are short. */
    private static String tail(String before) {
        return before.length() <= TAIL ? before : before.substring(before.length() - TAIL);
    }

    /**
     * True when the words around the mention ask about the condition itself: its signs, its
     * causes, when it calls for help, what it always means, a side-effect list, or how it differs
     * from another kind ("what warning signs of a seizure", "when should black stool make me call",
     * "how high does a fever have to be", "does chest pain always mean ...", "the leaflet lists
     * seizures as a side effect", "qué medicamentos causan convulsiones", "bleed stroke vs clot
     * stroke"). {@code after} is the rest of the sentence.
     */
    static boolean aboutTheCondition(String before, String after) {
        return FramingCues.ABOUT_THE_CONDITION.matcher(tail(before)).find()
                || FramingCues.COMPARED_AFTER.matcher(after).lookingAt()
                || FramingCues.SIGNS_AFTER.matcher(after).lookingAt() && FramingCues.SIGNS_QUESTION_BEFORE.matcher(tail(before)).find()
                || before.length() <= TAIL && FramingCues.ABOUT_THE_CONDITION_OPENING.matcher(before).lookingAt()
                || FramingCues.GENERIC_AFTER.matcher(after).lookingAt()
                    && (before.length() <= TAIL && FramingCues.GENERIC_OPENING.matcher(before).lookingAt() || sideEffect(after));
    }

    private static boolean sideEffect(String after) {
        return after.contains("side effect");
    }

    /**
     * True when the message opens by asking when to go in or call ("at what temperature do I need
     * to go in") and says nothing is happening now or getting worse.
     */
    static boolean whenToSeekCare(String text) {
        return FramingCues.WHEN_TO_GO_IN.matcher(text).find() && !FramingCues.HAPPENING_NOW.matcher(text).find()
                && !EpisodeCues.STILL_UNWELL.matcher(text).find();
    }

    /** True when the message says a scare is over and nothing is wrong now ("been running around fine since"). */
    static boolean fineSince(String text) {
        return FramingCues.FINE_SINCE.matcher(text).find();
    }

    private static int lastEnd(Matcher m) {
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /**
     * True when the message tells of an event days back and then says the writer feels well,
     * with nothing after that taking it back ("bumped my head 3 days ago, no headache, feel
     * totally normal", "transfusión la semana pasada, ya me siento mejor"), or says someone is
     * back to normal, even the same day, with nothing after that ("had juice and is totally back
     * to normal").
     */
    static boolean overAndWell(String text) {
        int back = lastEnd(FramingCues.BACK_TO_NORMAL.matcher(text));
        if (back >= 0 && !FramingCues.TAKEN_BACK.matcher(text.substring(back)).find()) {
            return true;
        }
        if (!FramingCues.DATED_DAYS_BACK.matcher(text).find()) {
            return false;
        }
        int end = lastEnd(FramingCues.FEELS_WELL_NOW.matcher(text));
        return end >= 0 && !FramingCues.TAKEN_BACK.matcher(text.substring(end)).find();
    }

    /**
     * True when the mention comes from a show, book, game or post ("reading a memoir where the
     * author had a stroke"), with no first-person words between that frame and the mention
     * ("watching a movie and my chest started hurting" stays affirmed), or from a dream with
     * nothing between that wakes it ("dreamt i had a heart attack"; not "had a nightmare, woke
     * up and now my chest hurts").
     */
    static boolean fiction(String before) {
        // Writing about someone ("writing a poem about my grandma's last days and the moment she ..."):
        // "my" names whom it is about; "i" or "now" after the frame keeps the mention affirmed.
        int writing = lastEnd(FramingCues.WRITING_ABOUT.matcher(before));
        if (writing >= 0 && !FramingCues.FIRST_PERSON_SUBJECT.matcher(before.substring(writing)).find()
                && !FramingCues.HAPPENING_NOW.matcher(before).find()) {
            return true;
        }
        int dream = lastEnd(FramingCues.DREAM.matcher(before));
        if (dream >= 0 && !FramingCues.AWAKE_AGAIN.matcher(before.substring(dream)).find()) {
            return true;
        }
        int end = lastEnd(MEDIA.matcher(before));
        end = Math.max(end, lastEnd(FramingCues.MEDIA_MORE.matcher(before)));
        return end >= 0 && !FIRST_PERSON.matcher(before.substring(end)).find()
                && !FramingCues.SPANISH_FIRST_PERSON.matcher(before.substring(end)).find();
    }
}
