package org.healthlibrary.assistant.answer;

import org.healthlibrary.assistant.safety.Caution;
import org.healthlibrary.assistant.safety.RedFlagCategory;

/**
 * A safety notice a draft carries, as a typed value rather than text: the wording step turns
 * each into the sentence {@code safety} holds for it. Immutable.
 */
public sealed interface SafetyNotice {

    /** A request for a medicine dose was declined. */
    record DoseDeclined() implements SafetyNotice {
    }

    /**
     * A caution the answer must carry (bleeding risk of a medicine, do not change treatment on
     * your own, what numbers alone cannot tell).
     *
     * @param caution which one; its sentence is {@link Caution#text}
     */
    record Cautioned(Caution caution) implements SafetyNotice {
    }

    /** The patient asked for a diagnosis: only their provider can give one. */
    record NoDiagnosis() implements SafetyNotice {
    }

    /**
     * A false premise the library contradicts.
     *
     * @param ruleId     the premise rule, e.g. {@code pancytopenia-is-not-leukemia}
     * @param correction the correction, as the library words it
     * @param articleId  the article that supports it
     */
    record PremiseCorrection(String ruleId, String correction, String articleId) implements SafetyNotice {
    }

    /**
     * A red flag: emergency guidance for the category, and nothing else.
     *
     * @param category what kind of emergency
     * @param crisis   self-harm is said or implied: the crisis line goes with the guidance
     *                 ({@link org.healthlibrary.assistant.safety.RedFlagResult#crisis()})
     */
    record Emergency(RedFlagCategory category, boolean crisis) implements SafetyNotice {

        /** An emergency without the crisis line (added anyway for self-harm). */
        public Emergency(RedFlagCategory category) {
            this(category, false);
        }
    }
}
