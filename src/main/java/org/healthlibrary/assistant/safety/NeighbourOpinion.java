package org.healthlibrary.assistant.safety;

/**
 * What the meaning-based second opinion ({@link NeighbourVote}) said about one message: whether
 * its nearest labelled messages are emergencies, of which category, and the evidence (the
 * nearest exemplar, its similarity, the emergencies' share of the vote), for the trace. The
 * exemplar texts are our own test messages, never a patient's. Immutable.
 *
 * @param emergency         the neighbours say emergency
 * @param category          the emergency's category; {@code null} exactly when {@code emergency} is false
 * @param crisis            self-harm is said or implied by the neighbours of that category
 * @param nearest           the nearest exemplar (any label), or {@code null} when there are no exemplars
 * @param nearestSimilarity its cosine similarity
 * @param nearestEmergency  the nearest emergency exemplar among the k, or {@code null}
 * @param emergencySimilarity its cosine similarity (0 when there is none)
 * @param emergencyShare    the emergencies' share of the k neighbours' similarity (0..1)
 */
public record NeighbourOpinion(boolean emergency, RedFlagCategory category, boolean crisis, SafetyExemplar nearest,
                               double nearestSimilarity, SafetyExemplar nearestEmergency, double emergencySimilarity,
                               double emergencyShare) {

    public NeighbourOpinion {
        if (emergency != (category != null)) {
            throw new IllegalArgumentException("an emergency opinion has a category, another has none");
        }
        crisis = emergency && (crisis || category == RedFlagCategory.SELF_HARM);
    }

    /** The red-flag result this opinion stands for, with rule id {@code neighbours:<category>}. */
    public RedFlagResult asRedFlag() {
        if (!emergency) {
            return RedFlagResult.none();
        }
        return new RedFlagResult(true, category, "neighbours:" + category.name().toLowerCase(java.util.Locale.ROOT),
                crisis);
    }
}
