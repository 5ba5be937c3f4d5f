package org.healthlibrary.assistant.search;

/**
 * How much each of the {@link Reranker}'s signals ({@link RerankFeatures}) counts: a candidate's
 * reranked score is the weighted sum of its features. Immutable.
 *
 * <ul>
 *   <li>{@link #HAND_SET}: the weights set by hand before they were fitted (first-stage score 1,
 *       intent 0.6, heading 0.6, coverage 0.3, subject 0.3, no cosine), kept for comparison;</li>
 *   <li>{@link #FITTED}: weights fitted on the tune split of the patient-worded question set
 *       (pairwise logistic regression: an acceptable first passage above every other candidate
 *       of its question), scaled so the first-stage score weighs 1. Reproduce with the benchmark program
 *       {@code RerankFit} of the test sources (the command is in docs/benchmarks.md, "Reranker
 *       weights fitted on data").</li>
 * </ul>
 *
 * @param retrieval weight of the first-stage score
 * @param intent    weight of the intent match
 * @param heading   weight of the cubed question-heading overlap
 * @param coverage  weight of the coverage
 * @param subject   weight of the subject match
 * @param cosine    weight of the question-passage cosine
 */
public record RerankWeights(double retrieval, double intent, double heading, double coverage, double subject,
                            double cosine) {

    /** The weights set by hand before the fit. */
    public static final RerankWeights HAND_SET = new RerankWeights(1.0, 0.6, 0.6, 0.3, 0.3, 0.0);

    /**
     * The weights fitted on the tune split (see the class comment for the command; printed to
     * three decimals, L2 0.0001 chosen by 5-fold cross-validation, 2026-12-05): coverage and the
     * cosine count more than by hand, the intent and the heading overlap much less.
     */
    public static final RerankWeights FITTED = new RerankWeights(1.0, 0.231, 0.121, 0.790, 0.241, 0.558);

    /**
     * The weights the service ranks with: still {@link #HAND_SET}. The fitted weights rank better
     * on the held-out questions (docs/benchmarks.md), but with coverage counting more, the best
     * candidate of a message the library does not answer more often covers enough of it to pass
     * the evidence gate; the golden bodies answered about as many messages worse (off-topic
     * answers to out-of-library messages) as better, so they are not the default until the gate
     * is fitted with them.
     */
    public static final RerankWeights SHIPPED = HAND_SET;

    /** Weights from an array in the order of {@link RerankFeatures#NAMES}. */
    public static RerankWeights of(double[] w) {
        if (w.length != RerankFeatures.NAMES.size()) {
            throw new IllegalArgumentException("Expected " + RerankFeatures.NAMES.size() + " weights, got " + w.length);
        }
        return new RerankWeights(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    /** The weights as an array, in the order of {@link RerankFeatures#NAMES}. */
    public double[] values() {
        return new double[] {retrieval, intent, heading, coverage, subject, cosine};
    }

    /** The weighted sum of a candidate's features (summed in the order the hand-set reranker added them). */
    public double score(RerankFeatures f) {
        return retrieval * f.retrieval() + intent * f.intent() + heading * f.heading() + subject * f.subject()
                + coverage * f.coverage() + cosine * f.cosine();
    }
}
