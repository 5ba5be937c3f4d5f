package org.healthlibrary.assistant.safety;

import java.util.List;
import java.util.regex.Matcher;
import org.healthlibrary.assistant.knowledge.Sentences;

import static org.healthlibrary.assistant.safety.FramingCues.SAME_DAY;
import static org.healthlibrary.assistant.safety.EpisodeCues.*;
import static org.healthlibrary.assistant.safety.MentionCues.*;
import static org.healthlibrary.assistant.safety.ReportedSpeechCues.*;

/**
 * Decides whether a symptom mentioned at a given place in a normalised message is something
 * the person (or someone with them) has now, or only talked about: negated ("no chest pain",
 * "I don't have a fever or trouble breathing"), in the past ("I had a stroke years ago"),
 * hypothetical ("what should I do if I ever get a fever on chemo?") or a general question
 * with nobody experiencing it ("can anemia cause shortness of breath?"), or reported speech
 * about things in general or about someone else's past ("my sister says chest pain can be
 * heartburn", "a coworker says his uncle had a stroke from low platelets, can that happen?").
 *
 * <p>The rules lean towards {@link Status#AFFIRMED} whenever the wording is unclear, because a
 * missed emergency costs more than an unnecessary "call 911": negation only reaches back a
 * few words inside one clause and stops at a new subject ("no fever, my chest hurts"), and a
 * present cue ("now", "today", "still", "again") beats a past or hypothetical one.
 *
 * <p>One instance per message (it holds that message's sentence bounds); immutable once built,
 * so thread-safe. The cues live in {@link MentionCues}, clause arithmetic in {@link Clauses}, the
 * negation window in {@link NegationWindow}, future and fiction frames in {@link Framings}.
 * Every check looks at a bounded window
 * around the mention, so analysing all mentions of a message is linear in its length.
 */
final class MentionAnalysis {

    /** How a mention is meant. Only {@code AFFIRMED} mentions count as red flags. */
    enum Status { AFFIRMED, NEGATED, PAST, HYPOTHETICAL, GENERAL_QUESTION, REPORTED, FICTION, FIGURATIVE }

        /** Characters of context kept each side of a mention, so every check stays linear in the message. */
    private static final int WINDOW = 400;

    private final String text;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int lastRecurrence;
    private final int lastHavingItNow;
    /** The message tells of an emergency that a hospital already saw to and that is over. */
    private final boolean resolvedEpisode;
    /** The message says nothing is happening now ("not bleeding now, I just want a plan"). */
    private final boolean notNow;

    /** The sentence around a mention, clipped to {@link #WINDOW}; {@code offset} is its index in the text. */
    private record Local(String sentence, int offset, int index) {
    }

    MentionAnalysis(String normalizedText) {
        this.text = normalizedText;
        List<int[]> spans = Sentences.spans(normalizedText);
        sentenceStarts = spans.stream().mapToInt(s -> s[0]).toArray();
        sentenceEnds = spans.stream().mapToInt(s -> s[1]).toArray();
        lastRecurrence = Clauses.lastMatchStart(RECURRENCE, Clauses.blank(NO_RECURRENCE, normalizedText));
        lastHavingItNow = Clauses.lastMatchStart(HAVING_IT_NOW, normalizedText);
        notNow = NOT_NOW.matcher(normalizedText).find();
        resolvedEpisode = lastRecurrence < 0 && !STILL_UNWELL.matcher(normalizedText).find()
                && (CARE_EPISODE.matcher(normalizedText).find() && CARE_OUTCOME.matcher(normalizedText).find()
                    || Framings.fineSince(normalizedText) || Framings.overAndWell(normalizedText));
    }

    String text() {
        return text;
    }

    /** True when the message tells of an emergency that is over (seen to by a hospital, or days back and well now). */
    boolean resolvedEpisode() {
        return resolvedEpisode;
    }

    /** The clause up to a comparison with an earlier episode that follows the mention (it ends at {@code mentionEnd}). */
    private static String beforeComparison(String clause, int mentionEnd) {
        Matcher compared = COMPARED_TO_PAST.matcher(clause);
        return compared.find(Math.max(0, Math.min(clause.length(), mentionEnd))) ? clause.substring(0, compared.start()) : clause;
    }

    /** How the mention at {@code [start, end)} is meant. */
    Status status(int start, int end) {
        Local local = local(start, end);
        if (negated(local, start, end)) {
            return Status.NEGATED;
        }
        String sentence = local.sentence();
        int relStart = start - local.offset();
        int relEnd = end - local.offset();
        if (Framings.figurative(sentence, relStart)) {
            return Status.FIGURATIVE;
        }
        int clauseStart = Clauses.clauseStart(sentence, relStart);
        String clause = sentence.substring(clauseStart, Clauses.clauseEnd(sentence, relEnd));
        String withoutOutcome = FramingCues.FINE_SINCE.matcher(CARE_OUTCOME.matcher(
                CONDITIONAL_SUBJECT.matcher(IN_REMISSION.matcher(Clauses.blank(NO_RECURRENCE, clause)).replaceAll(" "))
                        .replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        boolean present = PRESENT.matcher(withoutOutcome).find();
        if (lastRecurrence < 0 && PAST.matcher(beforeComparison(clause, relEnd - clauseStart)).find()
                && (!present || RESOLVED_AFTER.matcher(clause.substring(Math.min(clause.length(), relEnd - clauseStart))).find())) {
            return Status.PAST;
        }
        if (resolvedEpisode && !PRESENT.matcher(SAME_DAY.matcher(withoutOutcome).replaceAll(" ")).find()
                || !present && someoneElsesPast(sentence, clauseStart, relStart, relEnd)) {
            return Status.PAST;
        }
        String upToMention = sentence.substring(clauseStart, Math.min(sentence.length(), relEnd));
        if (WHAT_IF_ANYONE.matcher(upToMention).find()
                || !present && (HYPOTHETICAL.matcher(upToMention).find() || Framings.future(sentence, relStart, relEnd)
                || notNow && CONDITION.matcher(upToMention).find()) || Framings.supposedOrFeared(sentence, relStart)
                || HABITUAL.matcher(clause).find() && !PRESENT_NOW.matcher(sentence).find()) {
            return Status.HYPOTHETICAL;
        }
        if (isGeneralQuestion(local, relStart, relEnd)) {
            return Status.GENERAL_QUESTION;
        }
        if (Framings.fiction(sentence.substring(0, relStart))) {
            return Status.FICTION;
        }
        if (reported(sentence, relStart, relEnd) || Framings.quotedAndDisputed(text, sentence, relStart)) {
            return Status.REPORTED;
        }
        return Status.AFFIRMED;
    }

    /**
     * True when the clause tells what happened to someone the asker knows only through others
     * ("my best friend's mom had a stroke because ...", "a boy in my son's class had a seizure")
     * with nothing that makes it recent ("this morning", "just now").
     */
    private boolean someoneElsesPast(String sentence, int clauseStart, int relStart, int relEnd) {
        Matcher who = DISTANT_PERSON.matcher(sentence.substring(clauseStart, relStart));
        return who.find() && OTHER_PAST.matcher(sentence.substring(clauseStart + who.end(), Math.min(relEnd, sentence.length()))).find()
                && !PRESENT_NOW.matcher(sentence).find() && lastRecurrence < 0;
    }

    /**
     * True when the mention is what someone reported rather than what someone has now: a
     * reporting frame ("my sister says", "the pamphlet says", "a friend told me") shortly before
     * it, and what follows the frame names nobody ("chest pain can just be heartburn", "people
     * with leukemia can have seizures"), or names only someone else's past and the message asks
     * whether that is true or common ("his uncle had a stroke from low platelets, can that
     * really happen"). Anything first-person ("says my chest hurts", "said I had a seizure")
     * stays affirmed.
     */
    private boolean reported(String sentence, int relStart, int relEnd) {
        Matcher frame = REPORTING.matcher(sentence.substring(0, relStart));
        int frameStart = -1;
        int frameEnd = -1;
        while (frame.find()) {
            frameStart = frame.start();
            frameEnd = frame.end();
        }
        if (frameEnd < 0 || Clauses.wordCount(sentence.substring(frameEnd, relStart)) > 8) {
            return false;
        }
        int contentEnd = Clauses.clauseEnd(sentence, relEnd);
        int comma = sentence.indexOf(',', Math.min(relEnd, sentence.length()));
        String content = sentence.substring(frameEnd, comma >= 0 && comma < contentEnd ? comma : contentEnd);
        if (FIGURATIVE.matcher(sentence.substring(relStart)).find()
                || FUTURE_CLAIM.matcher(content).find() && TRUTH_QUESTION.matcher(text).find()) {
            return true;
        }
        String lead = sentence.substring(frameEnd, relStart);
        String beforeFrame = sentence.substring(0, frameStart);
        if (ELIDED_SUBJECT.matcher(beforeFrame).find() && PRESENT_NOW.matcher(beforeFrame).find()) {
            return false;
        }
        if (PRESENT_NOW.matcher(WORRY_NOW.matcher(content).replaceAll(" ")).find()) {
            return false;
        }
        if (Framings.someoneElsesRelative(WORRY_NOW.matcher(sentence).replaceAll(" "), lead,
                sentence.substring(frameEnd, Math.min(relEnd, sentence.length())))) {
            return true;
        }
        if (CLINICIAN.matcher(sentence.substring(0, frameStart)).find()
                && EXPLAINED_AS.matcher(sentence.substring(Math.min(relEnd, sentence.length()))).lookingAt()
                || HEREDITY.matcher(content).find()) {
            return true;
        }
        if (FIRST_PERSON.matcher(content).find()) {
            return false;
        }
        if (!EXPERIENCER.matcher(content).find()) {
            return true;
        }
        return REPORTED_PAST.matcher(content).find() && (TRUTH_QUESTION.matcher(text).find()
                || HEARD_REACTION.matcher(text).find() || REPORTED_AWAY.matcher(content).find() || PAST.matcher(content).find());
    }

    /** True when a negation cue governs the mention, before it or right after it. */
    boolean negated(int start, int end) {
        return negated(local(start, end), start, end);
    }

    /** True when the clause holding the mention dates it years back ("chemo five years ago"). */
    boolean longPast(int start, int end) {
        Local local = local(start, end);
        String sentence = local.sentence();
        int cs = Clauses.clauseStart(sentence, start - local.offset());
        String clause = sentence.substring(cs, Clauses.clauseEnd(sentence, end - local.offset()));
        return lastRecurrence < 0 && LONG_PAST.matcher(clause).find()
                && !clause.contains("still") && !clause.contains("again");
    }

    /** The sentence holding position {@code pos}, clipped to a window around it. */
    String sentenceAt(int pos) {
        return local(pos, pos).sentence();
    }

    private boolean negated(Local local, int start, int end) {
        String sentence = local.sentence();
        if (NegationWindow.negatedBefore(sentence, start - local.offset())) {
            return true;
        }
        int relEnd = Math.min(sentence.length(), end - local.offset());
        String after = sentence.substring(relEnd, Clauses.clauseEnd(sentence, relEnd));
        return POST_NEGATION.matcher(after).find() && lastRecurrence < end;
    }

    private Local local(int start, int end) {
        int s = sentenceIndex(start);
        int from = Math.max(sentenceStarts[s], start - WINDOW);
        int to = Math.min(sentenceEnds[s], Math.max(start, end) + WINDOW);
        if (from > sentenceStarts[s]) {
            int space = text.indexOf(' ', from);
            if (space >= 0 && space < start) {
                from = space + 1;
            }
        }
        return new Local(text.substring(from, Math.max(from, to)), from, s);
    }

    private boolean isGeneralQuestion(Local local, int relStart, int relEnd) {
        String sentence = local.sentence();
        String before = sentence.substring(0, relStart);
        String trimmed = sentence.strip();
        if (Framings.aboutTheCondition(before, sentence.substring(Math.min(relEnd, sentence.length())))) {
            return true;
        }
        boolean question = (trimmed.endsWith("?") || QUESTION_START.matcher(trimmed).find())
                && !RHETORICAL_DESPAIR.matcher(trimmed).find();
        if (!question) {
            return questionClauseOfItsOwn(local, relStart, relEnd);
        }
        if (DEIXIS_BEFORE.matcher(before).find()) {
            return false;
        }
        if (CAUSAL_QUESTION_BEFORE.matcher(before).find()) {
            String restOfSentence = sentence.substring(Math.min(relEnd, sentence.length()));
            return !FIRST_PERSON_PRESENT_AFTER.matcher(restOfSentence).find()
                    && lastHavingItNow < sentenceEnds[local.index()];
        }
        String withoutMeta = META.matcher(sentence).replaceAll(" ");
        return !EXPERIENCER.matcher(withoutMeta).find() || questionClauseOfItsOwn(local, relStart, relEnd);
    }

    /**
     * A question clause of its own, with nobody in it, that ends the sentence or a sentence
     * ending in "?": "my coworker's son had one, are febrile seizures dangerous?", "... in the
     * 90s lol, does fainting run in families".
     */
    private boolean questionClauseOfItsOwn(Local local, int relStart, int relEnd) {
        String sentence = local.sentence();
        int cs = Clauses.clauseStart(sentence, relStart);
        int ce = Clauses.clauseEnd(sentence, relEnd);
        String clause = sentence.substring(cs, ce);
        boolean endsAsked = sentence.strip().endsWith("?") || sentence.substring(ce).isBlank();
        return cs > 0 && endsAsked && QUESTION_START.matcher(clause).find()
                && !EXPERIENCER.matcher(META.matcher(clause).replaceAll(" ")).find()
                && !CLAUSE_DEIXIS.matcher(sentence.substring(cs, relStart)).find()
                && lastHavingItNow < sentenceEnds[local.index()];
    }

    private int sentenceIndex(int pos) {
        int lo = 0;
        int hi = sentenceEnds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pos < sentenceEnds[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
