package org.healthlibrary.assistant.safety;

import java.util.regex.Pattern;

/**
 * The cues {@link Framings} uses to tell a question about a condition, a supposition, a fear
 * of what may come and a scare that is already over from a symptom someone has now. All run on
 * normalised text ({@link CanonicalText}); every repetition is bounded, so each is linear in its
 * input.
 *
 * <p>Kept apart from {@link MentionCues} so each vocabulary stays small enough to review.
 * Constants only; thread-safe.
 */
final class FramingCues {

    private FramingCues() {
    }

    /**
     * Words just before a mention that make it a question about the condition itself, not a
     * report of it: its signs, its causes, when it calls for help ("what warning signs of a
     * seizure", "what medicines cause seizures", "when should black stool make me call",
     * "qué medicamentos causan convulsiones").
     */
    static final Pattern ABOUT_THE_CONDITION = Pattern.compile(
            "\\b(?:what|which) (?:are )?(?:the )?(?:early |warning |first |main )?(?:signs|symptoms|signals|red flags) (?:of|for) (?:a |an )?$"
            + "|\\b(?:what|which) (?:[a-z']+ ){0,3}?(?:cause|causes|can cause|could cause|trigger|triggers|leads? to) (?:a |an )?$"
            + "|\\b(?:qu[eé]|cu[aá]les?) (?:[a-záéíóúñ]+ ){0,3}?(?:causan?|provocan?|producen?|pueden causar) $");

    /** The same for a sentence that opens with the question ("when should black stool make me call"). */
    static final Pattern ABOUT_THE_CONDITION_OPENING = Pattern.compile(
            "^\\W*(?:when|at what point) (?:should|would|does|do|is|are|can|must) (?:a |an |the |my |his |her )?$");

    /** "was fine the rest of the day", "been running around fine since": a scare that is over. */
    static final Pattern FINE_SINCE = Pattern.compile(
            "\\b(?:been|was|is|has been|have been|seemed|seems|acting|played|playing) (?:[a-z]+ ){0,3}?(?:fine|ok|okay|normal|totally fine|like (?:himself|herself)|back to normal)"
            + " (?:ever since|since then|since|the rest of the (?:day|night|evening|afternoon)|all day since|afterwards|after that)\\b");

    /** A sentence opening with a supposition ("say my platelets are low and I cut myself, ..."). */
    static final Pattern SUPPOSITION = Pattern.compile(
            "^[\\W]*(?:and |so |but |ok |okay )?(?:suppose|supposing|let's say|say|imagine|hypothetically) [^.;:!?]{0,160}$");

    /** A fear followed by what might come ("scared my platelets will drop and I'll bleed out"). */
    static final Pattern FEAR = Pattern.compile(
            "\\b(?:scared|afraid|worried|worrying|worry|nervous|anxious|terrified|fear|fearful|paranoid|panicking|panic)\\b");

    /** The mention is what would come, just before it ("... and I'll bleed out", "every headache is a brain bleed"). */
    static final Pattern WOULD_COME = Pattern.compile(
            "\\b(?:i'll|ill|he'll|hell|she'll|shell|they'll|we'll|will|might|could|would|gonna|going to|may) (?:[a-z']+ ){0,2}$"
            + "|\\b(?:every|each|any|all) (?:[a-z']+ ){1,3}?(?:is|are|means|could be|might be|will be) (?:a |an )?(?:[a-z]+ )?$");

    /** Same-day time words, which do not keep a scare that is over ("this morning ... fine since") going. */
    static final Pattern SAME_DAY = Pattern.compile(
            "\\b(?:today|tonight|this (?:morning|afternoon|evening|week))\\b");
}
