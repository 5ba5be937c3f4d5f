package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A last look at each value read: if the writer says they are not sure it is the right or the
 * current one ("one is from last week and I forget which", "not sure which is the new one",
 * "or is that the new one", "10.5 or maybe that was the hct", "54? one of those", "scratch
 * that"), the value is not used and the writer is asked which one is current.
 *
 * <p>Why: a value the writer doubts must never be guessed; asking costs one message. Runs
 * after {@link ValueDoubts}, which replaces a value corrected without doubt ("100, no sorry I
 * meant 150"). Stateless; thread-safe; each value looks at a bounded window after it.
 */
final class SelfDoubts {

    /** Characters after a value in which a doubt is looked for. */
    private static final int WINDOW = 120;

    private static final Pattern DOUBT = Pattern.compile(
            "\\b(?:forget|forgot|don't know|dont know|do not know|not sure|can't remember|cant remember|unsure|no idea"
            + "|can't tell|cant tell|idk|dunno) which\\b"
            + "|\\bwhich (?:one )?(?:is|was|s) (?:the )?(?:new|newer|newest|latest|current|recent|today's|todays|old|older|right|correct)\\b"
            + "|\\bone of (?:those|them|the two|these)\\b|\\bor (?:maybe|is|was) (?:that|it|this)\\b|\\bor maybe\\b"
            + "|\\bscratch that\\b|\\bthe other (?:one|number|line|value|result)\\b"
            + "|\\b(?:said|says|shows|showed|had|has) one\\b.{0,60}\\bthe other\\b"
            + "|\\bthe \\d+(?:[.,]\\d+)? (?:was|is|were|might be|may be|could be) (?:the|from|for|my|an?|last|old|older|earlier|right|wrong|correct)\\b"
            + "|\\b(?:and|y) (?:also|tambi[eé]n) (?:says|shows|said|dice|pone|sale|sali[oó]|muestra) (?:[a-z]+ )?\\d"
            + "|\\bnot sure (?:if|whether) (?:that's|thats|that is|it's|its|it is) (?:the )?(?:new|right|current|latest|today's)\\b");

    /**
     * Said of the value just given, before another analyte is named: it is taken back with
     * nothing in its place ("oops typo ignore that", "that's wrong, it's something else") or
     * doubted at the end of a clause ("sorry i mean 20, actually not sure", "9.1 but I might be
     * wrong"); "not sure what that means" is not a doubt about the number.
     */
    private static final Pattern TAKEN_BACK = Pattern.compile(
            "\\b(?:typo|mistyped|misread|misspoke|ignore (?:that|it|this|the (?:number|value|last)|what i (?:said|wrote|typed))"
            + "|disregard|never ?mind|scratch that|wrong (?:number|value)|(?:that's|thats|that is|that was|it's|its|it is) wrong"
            + "|typed (?:it )?wrong|(?:it's|its|it is|it was) (?:something|a different number|another number)"
            + "|not (?:that|it) (?:number|either)"
            + "|(?:not|n't|un) ?sure(?: (?:about|of) (?:that|it|this|the (?:number|value)))?(?: (?:tho|though|anymore))?\\s*(?:$|[.,!;)]|\\?)"
            + "|(?:might|may|could) be wrong|don't quote me|dont quote me|if i remember (?:right|correctly)"
            + "|(?:i )?(?:don't|dont|do not) remember (?:exactly|for sure)|not 100 ?%)");

    /**
     * Said right after the value: it is only roughly known ("80 something", "9 point something",
     * "45 or so"), or its clause ends on a hedge after at most a few small words ("80 now i
     * think", "9.1 probably", "3.2 or something"; not "wbc 7.1 all normal i think?"); asked about
     * as an estimate.
     */
    private static final Pattern ROUGH = Pattern.compile(
            "^\\s*(?:-?ish\\b|something\\b|somethin\\b|odd\\b|plus\\s*(?:$|[.,!;)?])|\\+|or so\\b|and change\\b|point something\\b"
            + "|y pico\\b|y algo\\b|(?:(?:now|today|currently|then|tho|though|but|and|it|its|it's|is|was|or) ){0,3}(?:i think|i believe|i guess|i'm guessing|im guessing|i assume|idk|maybe"
            + "|probably|or something|creo|tal vez|o algo as[ií])\\s*(?:$|[.,!;)?]))");

    /**
     * After a value taken as a correction, the writer corrects again ("25 - no wait, 52? no
     * sorry the 25 was the old one", "0.8 i mean 8, i mean the 0.8 was the other line"): asked
     * which is current.
     */
    private static final Pattern CORRECTED_AGAIN = Pattern.compile(
            "\\b(?:i mean|i meant|no wait|wait|sorry|actually|or was it|or is it|no no)\\b[ ,-]*(?:(?:it's|its|it was|it is"
            + "|the|that|i think|no|sorry) ){0,2}\\d");

    private SelfDoubts() {
    }

    static ValueDoubts.Review review(String norm, TokenView v, ValueDoubts.Review in, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>();
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        for (ValueLinker.Found f : in.found()) {
            int from = Math.min(norm.length(), f.value().end());
            String after = norm.substring(from, Math.min(norm.length(), from + WINDOW));
            String own = norm.substring(from, Math.min(from + after.length(), nextMention(v, from, norm.length())));
            if (f.analyte() != null && ROUGH.matcher(own).find()) {
                unread.add(f.analyte());
                questions.add(messages.askExactNumber(f.analyte().layName()));
            } else if (f.analyte() != null && (DOUBT.matcher(after).find() || TAKEN_BACK.matcher(own).find()
                    || CORRECTED_AGAIN.matcher(own).find())) {
                unread.add(f.analyte());
                questions.add(messages.askWhichIsCurrent(f.analyte().layName()));
            } else {
                kept.add(f);
            }
        }
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }

    /** The offset of the first analyte name at or after {@code from}, or {@code end}. */
    private static int nextMention(TokenView v, int from, int end) {
        for (int k = 0; k < v.size(); k++) {
            if (v.mentionAt[k] != null && v.tokens.get(k).start() >= from) {
                return v.tokens.get(k).start();
            }
        }
        return end;
    }
}
