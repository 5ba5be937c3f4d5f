package org.healthlibrary.assistant.safety;

/**
 * What the second opinion's cascade ({@link NeighbourCascade}) saw about one message: the
 * prefilter's nearest emergency (when there is a prefilter) and the vote's opinion (when the
 * vote ran). Immutable.
 *
 * @param prefilter what the prefilter saw, or {@code null} when there is no prefilter
 * @param vote      the vote's opinion, or {@code null} exactly when the prefilter stopped the message
 */
public record CascadeOpinion(EmergencyPrefilter.Nearest prefilter, NeighbourOpinion vote) {

    public CascadeOpinion {
        if ((vote == null) != (prefilter != null && !prefilter.passes())) {
            throw new IllegalArgumentException("the vote runs exactly when there is no prefilter or it passes");
        }
    }

    /** True when the vote ran and says emergency. */
    public boolean emergency() {
        return vote != null && vote.emergency();
    }

    /** The red-flag result this opinion stands for (none unless the vote says emergency). */
    public RedFlagResult asRedFlag() {
        return vote == null ? RedFlagResult.none() : vote.asRedFlag();
    }
}
