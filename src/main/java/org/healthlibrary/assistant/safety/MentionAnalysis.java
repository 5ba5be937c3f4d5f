package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a symptom mentioned at a given place in a normalised message is something
 * the person (or someone with them) has now, or only talked about: negated ("no chest pain",
 * "I don't have a fever or trouble breathing"), in the past ("I had a stroke years ago"),
 * hypothetical ("what should I do if I ever get a fever on chemo?") or a general question
 * with nobody experiencing it ("can anemia cause shortness of breath?").
 *
 * <p>The rules lean towards {@link Status#AFFIRMED} whenever the wording is unclear, because a
 * missed emergency costs more than an unnecessary "call 911": negation only reaches back a
 * few words inside one clause and stops at a new subject ("no fever, my chest hurts"), and a
 * present cue ("now", "today", "still", "again") beats a past or hypothetical one.
 *
 * <p>Not thread-safe (it caches sentence bounds for one message); create one per message.
 * All patterns are precompiled with bounded repetition, so analysis is linear in the message.
 */
final class MentionAnalysis {

    /** How a mention is meant. Only {@code AFFIRMED} mentions count as red flags. */
    enum Status { AFFIRMED, NEGATED, PAST, HYPOTHETICAL, GENERAL_QUESTION }

    private static final int NEGATION_WINDOW = 6;

    private static final Set<String> NEGATION_CUES = Set.of(
            "no", "not", "never", "without", "none", "nor", "neither", "zero", "deny", "denies",
            "denied", "denying", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "isn't",
            "aren't", "wasn't", "weren't", "ain't", "free", "negative");

    /** Words after which an earlier negation no longer applies: a new subject, time or turn. */
    private static final Set<String> NEGATION_BREAKERS = Set.of(
            "and", "but", "then", "now", "so", "because", "though", "although", "however", "yet",
            "still", "also", "plus", "i", "i'm", "i've", "i'd", "i'll", "my", "me", "he", "she",
            "he's", "she's", "him", "his", "her", "it", "it's", "there", "there's", "we", "we're",
            "they", "they're", "which", "who", "that's", "while", "when", "since", "after", "until",
            "today", "tonight", "suddenly", "started", "starting", "help", "please");

    /** Negation words that do not negate a symptom ("not sure", "no one", "never ... like this"). */
    private static final Pattern PSEUDO_NEGATION = Pattern.compile(
            "\\bnot (?:sure|certain|only|just|well|good|great|ok|okay|alright|right|normal|better|improving"
            + "|getting better|going away|go away|stopping|helping|responding|eating|sleeping|drinking|myself"
            + "|even|feeling (?:well|good|great|right|myself|ok|okay|like myself)|making (?:any )?sense)\\b"
            + "|\\bno (?:one|idea|matter|help|better|relief|energy|appetite|reason|way|doubt|change|improvement|sleep)\\b"
            + "|\\bdon't (?:know|understand|feel (?:well|good|great|right|ok|okay)|think|get it|care|remember|like)\\b"
            + "|\\bdoesn't (?:help|feel right|seem right|make sense)\\b|\\bdidn't (?:help|work|know)\\b"
            + "|\\bcan't (?:[a-z']+ ){1,4}?without\\b"
            + "|\\bnever (?:[a-z']+ ){0,5}?(?:like this|this bad|so bad|this severe|this much|until now|until today)\\b");

    private static final Pattern OR_BEFORE = Pattern.compile("(?:\\b(?:or|nor)|\\band/or),?\\s*$");

    /** "chest pain: no", "the chest pain is gone", "the feeling went away" (right after the mention). */
    private static final Pattern POST_NEGATION = Pattern.compile(
            "^\\s*(?:[:\\-]\\s*(?:no|none|negative|denied|denies)\\b"
            + "|,?\\s*(?:(?:feeling|thing|problem|issue|episode|pain|symptoms?|sensation|part)\\s+)?"
            + "(?:(?:is|was|has|have|are|had|it's|its)\\s+)?(?:(?:all|completely|totally|now|finally|already)\\s+){0,2}"
            + "(?:gone|went away|resolved|stopped|cleared up|absent)\\b)");

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\b(?:but|however|although|though|except|yet|whereas|anyway)\\b"
            + "|(?:,\\s*|\\s)(?:and|so|then)\\s+(?=(?:i|i'm|i've|i'd|my|me|he|she|he's|she's|his|her|it|it's|there"
            + "|there's|we|they|now|then|suddenly|also|still|today|tonight|this)\\b)"
            + "|,\\s*(?=(?:i|i'm|i've|i'd|my|he|she|he's|she's|his|her|it|it's|there|there's|we|they|now|suddenly"
            + "|today|tonight)\\b)");

    private static final Pattern PAST = Pattern.compile(
            "\\b(?:last (?:year|month|summer|winter|spring|fall|autumn|christmas|decade|week|time)"
            + "|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple(?: of)?|many|some|\\d{1,2})"
            + " (?:years?|months?|weeks?|decades?) (?:ago|back|before)"
            + "|years? ago|months? ago|weeks? ago|a while (?:ago|back)|long (?:time )?ago|used to|in the past|history of|hx of"
            + "|in (?:19|20)\\d\\d|as a (?:kid|child|teen|teenager|baby|toddler|young [a-z]+)"
            + "|when (?:i|he|she) was (?:a |little|young|younger|small|pregnant|in |\\d{1,3})"
            + "|in (?:my|his|her) (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s|youth|childhood)"
            + "|previously|once before|(?:had|have had|has had|got) (?:it|that|this|them|one|those) (?:before|once)"
            + "|year before last|back in the day|back then|at the time|got over|recovered from)\\b"
            + "|\\bhad\\b[^.!?]{0,80}\\bbefore\\W*$");

    /** Year-scale past only: used for context facts such as chemotherapy, whose effect lasts weeks. */
    private static final Pattern LONG_PAST = Pattern.compile(
            "\\b(?:last (?:year|decade)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\\d{1,2})"
            + " (?:years?|decades?) (?:ago|back|before)|years? ago|long (?:time )?ago|in (?:19|20)\\d\\d"
            + "|as a (?:kid|child|teen|teenager|baby)|when (?:i|he|she) was (?:a |little|young|younger|small|\\d{1,3})"
            + "|in (?:my|his|her) (?:teens|twenties|thirties|childhood|youth))\\b");

    private static final Pattern PRESENT = Pattern.compile(
            "\\b(?:now|right now|currently|today|tonight|this (?:morning|afternoon|evening|week)|at the moment"
            + "|(?<!none |not |never |nothing |no )since (?:this|last|yesterday|the|my|i|he|she|we|\\d|a|an|early|noon|lunch"
            + "|breakfast|dinner|waking|then|morning|tonight|today|it started)"
            + "|started|starting|began|begun|still|keeps?|keeping|again|ongoing|getting worse|worse|worsening"
            + "|for the (?:last|past) (?:few |couple (?:of )?|\\d{1,3} |two |three |several )?(?:minutes?|hours?|days?|night)"
            + "|just (?:now|had|happened|started|began|[a-z]+ed)|happening|is back|came back|comes back|coming back|returned"
            + "|i've got|i feel|i'm feeling)\\b"
            + "|\\b(?:i|he|she|we|they) (?:have|has) (?!(?:had|a history|history|been|ever|never|always)\\b)"
            + "|\\b(?:i'm|he's|she's|it's|is|are|am) (?:[a-z']+ )?[a-z]+ing\\b");

    /** "if i have", "when he gets": a present-tense verb inside a condition is not a present cue. */
    private static final Pattern CONDITIONAL_SUBJECT = Pattern.compile(
            "\\b(?:if|when|whenever|in case|unless) (?:i|he|she|we|they|you) (?:have|has|get|gets|feel|feels)\\b");

    /** "had a seizure in 2012, none since": an episode dated in the past and over. */
    private static final Pattern RESOLVED_AFTER = Pattern.compile(
            "\\b(?:none|nothing|not|no more|no other|no further|never again|not once) (?:since|after|now|anymore|ever since|again)\\b");

    private static final Pattern RECURRENCE = Pattern.compile(
            "\\b(?:again|came back|comes back|coming back|is back|it's back|returned|returning|recurr(?:ed|ing)"
            + "|same thing (?:is )?happening)\\b");

    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:if|in case|whenever|what if|suppose|supposing|let's say) (?:[a-z']+ ){0,2}?(?:ever|get|gets|start|starts"
            + "|develop|develops|notice|notices|were to|was to|should|experience|experiences|become|becomes|begin|begins)\\b"
            + "|\\bwhat (?:happens|would happen|could happen|to do) (?:if|when)\\b"
            + "|\\bwhen (?:should|do|would|must|can) (?:i|you|we|one|someone|people|a person|patients)\\b"
            + "|\\bwhen to (?:call|go|seek|worry|get)\\b"
            + "|\\b(?:told|tells|said|says|instructed|advised|taught|warned|reminded) (?:me |us |him |her |them )?to\\b"
            + "|\\b(?:watch|look) (?:out )?for\\b|\\bhow (?:do|can|would|will) (?:i|you|we|one) (?:know|tell|recognize|spot)\\b"
            + "|\\bin the future\\b|\\bshould (?:i|he|she) ever\\b|\\bhypothetically\\b"
            + "|\\b(?:worried|worry|scared|afraid|nervous|anxious|concerned|fear|fearful|terrified) (?:about|of) (?:getting|having|developing|catching|a |an |the )"
            + "|\\b(?:avoid|avoiding|prevent|preventing|protect (?:myself|me|him|her) from|risk of|chances? of|odds of|prone to)\\b");

    private static final Pattern QUESTION_START = Pattern.compile(
            "^[\\s\"'(]*(?:what|what's|why|how|how's|can|could|does|do|did|is|are|was|will|would|should|when|which|who"
            + "|where|tell me|explain|define|describe|info|information|any info|i want to (?:know|learn|understand)"
            + "|i'd like to (?:know|learn)|i wonder|i was wondering|i'm wondering|wondering|curious|just curious"
            + "|i'm curious|quick question|question)(?![a-z'])");

    /** Phrases that mention the asker without making them the one with the symptom. */
    private static final Pattern META = Pattern.compile(
            "\\b(?:tell me|tell us|show me|give me|explain(?: to me)?|help me (?:understand|learn|know)|let me know"
            + "|can you tell me|could you tell me|i want to (?:know|learn|understand)|i'd like to (?:know|learn|understand)"
            + "|i (?:was|am|'m) (?:wondering|curious)|i'm (?:wondering|curious|just curious)|i wonder"
            + "|i (?:read|heard|saw|learned)|i was told|for me to understand|do you know|i need to know"
            + "|my (?:doctor|nurse|oncologist|hematologist|provider|care team|pharmacist|teacher|professor|class|school)"
            + "|i'm (?:a nurse|a student|a caregiver|writing|studying|doing)|just curious)\\b");

    private static final Pattern EXPERIENCER = Pattern.compile(
            "\\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|our|us|he|he's|she|she's|him|his|her|hers"
            + "|himself|herself|husband|wife|son|daughter|mom|mum|mother|dad|father|child|kid|baby|boy|girl|partner"
            + "|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather|brother|sister|friend|aunt|uncle|roommate"
            + "|neighbor|neighbour|family member)\\b"
            + "|\\bis (?:it|this) (?:normal|ok|okay|bad|serious|dangerous|an emergency)\\b|\\bshould i be worried\\b");

    /** "can anemia cause ...", "could my anemia lead to ...": asks about causes, not about a present symptom. */
    private static final Pattern CAUSAL_QUESTION_BEFORE = Pattern.compile(
            "\\b(?:can|could|does|do|will|would|might|may|is|are)\\b(?: [a-z0-9']+){1,4}? (?:cause|causes|lead to|give you|make you"
            + "|result in|bring on|trigger|increase the risk of|raise the risk of|a sign of|a symptom of|signs of|symptoms of"
            + "|related to|linked to|associated with)\\b(?: [a-z']+){0,2} ?$");

    /** The asker says they have it now, after the symptom: "... the chest pain I'm having". */
    private static final Pattern FIRST_PERSON_PRESENT_AFTER = Pattern.compile(
            "\\b(?:i'm having|i am having|i have|i've been having|i've got|i get|i feel|i'm feeling|he's having|she's having"
            + "|he has|she has|right now|now|today|tonight|this morning|at the moment)\\b");

    /** In a later sentence: "I have it now", "I've been having this all day". */
    private static final Pattern HAVING_IT_NOW = Pattern.compile(
            "\\b(?:i'm having (?:it|this|that|them|these)|i have (?:it|this|that|them|these)|i've been having|i've got (?:it|this)"
            + "|i'm feeling (?:it|this)|i feel (?:it|this)|right now|happening (?:to me )?now|happening to me)\\b");

    private static final Pattern DEIXIS_BEFORE = Pattern.compile("\\b(?:this|these|that|the same)\\s*$");

    /** Characters of context kept each side of a mention, so every check stays linear in the message. */
    private static final int WINDOW = 400;

    private final String text;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int lastRecurrence;
    private final int lastHavingItNow;

    /** The sentence around a mention, clipped to {@link #WINDOW}; {@code offset} is its index in the text. */
    private record Local(String sentence, int offset, int index) {
    }

    MentionAnalysis(String normalizedText) {
        this.text = normalizedText;
        List<int[]> spans = sentences(normalizedText);
        sentenceStarts = spans.stream().mapToInt(s -> s[0]).toArray();
        sentenceEnds = spans.stream().mapToInt(s -> s[1]).toArray();
        lastRecurrence = lastMatchStart(RECURRENCE, normalizedText);
        lastHavingItNow = lastMatchStart(HAVING_IT_NOW, normalizedText);
    }

    String text() {
        return text;
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
        int clauseStart = clauseStart(sentence, relStart);
        String clause = sentence.substring(clauseStart, clauseEnd(sentence, relEnd));
        boolean present = PRESENT.matcher(CONDITIONAL_SUBJECT.matcher(clause).replaceAll(" ")).find();
        if (lastRecurrence < 0 && PAST.matcher(clause).find()
                && (!present || RESOLVED_AFTER.matcher(clause.substring(Math.min(clause.length(), relEnd - clauseStart))).find())) {
            return Status.PAST;
        }
        if (!present && HYPOTHETICAL.matcher(sentence.substring(clauseStart, relStart)).find()) {
            return Status.HYPOTHETICAL;
        }
        if (isGeneralQuestion(local, relStart, relEnd)) {
            return Status.GENERAL_QUESTION;
        }
        return Status.AFFIRMED;
    }

    /** True when a negation cue governs the mention, before it or right after it. */
    boolean negated(int start, int end) {
        return negated(local(start, end), start, end);
    }

    /** True when the clause holding the mention dates it years back ("chemo five years ago"). */
    boolean longPast(int start, int end) {
        Local local = local(start, end);
        String sentence = local.sentence();
        int cs = clauseStart(sentence, start - local.offset());
        String clause = sentence.substring(cs, clauseEnd(sentence, end - local.offset()));
        return lastRecurrence < 0 && LONG_PAST.matcher(clause).find()
                && !clause.contains("still") && !clause.contains("again");
    }

    /** The sentence holding position {@code pos}, clipped to a window around it. */
    String sentenceAt(int pos) {
        return local(pos, pos).sentence();
    }

    private boolean negated(Local local, int start, int end) {
        String sentence = local.sentence();
        if (negatedBefore(sentence, start - local.offset())) {
            return true;
        }
        int relEnd = Math.min(sentence.length(), end - local.offset());
        String after = sentence.substring(relEnd, clauseEnd(sentence, relEnd));
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

    private boolean negatedBefore(String sentence, int rel) {
        String before = sentence.substring(0, rel);
        boolean allowCommas = OR_BEFORE.matcher(before).find();
        Matcher pm = PSEUDO_NEGATION.matcher(sentence);
        int[] pseudoCovered = new int[before.length() + 1];
        while (pm.find()) {
            for (int i = pm.start(); i < Math.min(pm.end(), before.length()); i++) {
                pseudoCovered[i] = 1;
            }
        }
        int words = 0;
        int i = before.length() - 1;
        while (i >= 0 && words < NEGATION_WINDOW) {
            char c = before.charAt(i);
            if (c == ',') {
                if (!allowCommas) {
                    return false;
                }
                i--;
                continue;
            }
            if (!isWordChar(c)) {
                if (c == ':' || c == '(' || c == ')' || c == '"' || c == '-') {
                    return false;
                }
                i--;
                continue;
            }
            int wordEnd = i + 1;
            while (i >= 0 && isWordChar(before.charAt(i))) {
                i--;
            }
            int wordStart = i + 1;
            String word = before.substring(wordStart, wordEnd);
            words++;
            if (pseudoCovered[wordStart] == 1) {
                continue;
            }
            if (NEGATION_CUES.contains(word)) {
                if (word.equals("free") && !before.startsWith("free of", wordStart)) {
                    continue;
                }
                if (word.equals("negative") && !before.startsWith("negative for", wordStart)) {
                    continue;
                }
                return true;
            }
            if (NEGATION_BREAKERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private boolean isGeneralQuestion(Local local, int relStart, int relEnd) {
        String sentence = local.sentence();
        String before = sentence.substring(0, relStart);
        String trimmed = sentence.strip();
        boolean question = trimmed.endsWith("?") || QUESTION_START.matcher(trimmed).find();
        if (!question) {
            return false;
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
        return !EXPERIENCER.matcher(withoutMeta).find();
    }

    private int clauseStart(String sentence, int rel) {
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        int previous = 0;
        while (m.find() && m.end() <= rel) {
            previous = start;
            start = m.end();
        }
        // A short lead-in such as "last year," belongs to the clause that follows it.
        if (start > 0 && wordCount(sentence.substring(previous, start)) <= 4) {
            return previous;
        }
        return start;
    }

    private int clauseEnd(String sentence, int rel) {
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.start() >= rel) {
                return m.start();
            }
        }
        return sentence.length();
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

    private static int lastMatchStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = isWordChar(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    }

    /** Sentence spans: split after . ! ? ; and line breaks, but not inside a decimal like 38.5. */
    static List<int[]> sentences(String text) {
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
