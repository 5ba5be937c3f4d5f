package org.healthlibrary.assistant.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the safety screen found in one message, for the pipeline to act on in this
 * order: an emergency overrides everything ({@link EmergencyGuidance} only); otherwise a
 * premise correction goes first in the answer, a dose request gets
 * {@link SafetyMessages#doseDeclined()}, a diagnosis request gets {@link SafetyMessages#noDiagnosis()}
 * before general information, and a message that is not health-related is out of scope.
 * {@code injection} is for the trace and the model prompt; it never switches a rule off.
 * Immutable.
 *
 * @param redFlag           the red-flag result (emergency or none)
 * @param diagnosisRequest  the person asks what they have
 * @param doseRequest       the person asks for a medicine dose
 * @param injection         the message tries to instruct the assistant
 * @param premiseCorrection a false premise to correct first, if any
 * @param healthRelated     the message is about health (always true when any other check fired)
 * @param cautions          the fixed cautions the answer must carry ({@link Cautions}), in order
 */
public record SafetyVerdict(RedFlagResult redFlag, boolean diagnosisRequest, boolean doseRequest, boolean injection,
                            Optional<PremiseCorrection> premiseCorrection, boolean healthRelated,
                            List<Caution> cautions) {

    public SafetyVerdict {
        Objects.requireNonNull(redFlag, "redFlag");
        Objects.requireNonNull(premiseCorrection, "premiseCorrection");
        cautions = List.copyOf(cautions);
    }

    /** A verdict without cautions. */
    public SafetyVerdict(RedFlagResult redFlag, boolean diagnosisRequest, boolean doseRequest, boolean injection,
                         Optional<PremiseCorrection> premiseCorrection, boolean healthRelated) {
        this(redFlag, diagnosisRequest, doseRequest, injection, premiseCorrection, healthRelated, List.of());
    }

    /**
     * This verdict with another red-flag result: how the pipeline applies the meaning-based
     * second opinion ({@link NeighbourVote}) when the rules found none. The message is then
     * about health.
     */
    public SafetyVerdict withRedFlag(RedFlagResult other) {
        return new SafetyVerdict(other, diagnosisRequest, doseRequest, injection, premiseCorrection,
                healthRelated || other.emergency(), cautions);
    }

    /** True when the message must get emergency guidance and nothing else. */
    public boolean emergency() {
        return redFlag.emergency();
    }
}
