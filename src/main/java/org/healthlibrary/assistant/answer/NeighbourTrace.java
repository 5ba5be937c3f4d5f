package org.healthlibrary.assistant.answer;

import org.healthlibrary.assistant.safety.CascadeOpinion;
import org.healthlibrary.assistant.safety.EmergencyPrefilter;
import org.healthlibrary.assistant.safety.NeighbourOpinion;

/**
 * What the safety screen's meaning-based second opinion saw, for the trace: whether the
 * prefilter let the message through (by retrieval's embedding: the margin of the nearest
 * emergency exemplar over the nearest other one, that emergency and its similarity), and, when the vote ran, the vote's model, the nearest exemplar and the
 * nearest emergency exemplar (our own labelled test messages, never a patient's), their
 * similarities, the emergencies' share of the vote and the result. Immutable.
 *
 * @param prefilterPassed     whether the prefilter let the message through; {@code null} when there is no prefilter
 * @param prefilterMargin     by retrieval's embedding, the nearest emergency's similarity minus the nearest other
 *                            exemplar's, or {@code null}
 * @param prefilterSimilarity the similarity to the nearest emergency by retrieval's embedding, or {@code null}
 * @param prefilterNearest    that nearest emergency exemplar's text, or {@code null}
 * @param model               the vote's embedding model id, or {@code null} when the vote did not run
 * @param nearest             the nearest exemplar's text ({@code null} when the vote did not run)
 * @param nearestLabel        its label: an emergency category, or the near-miss kind
 * @param nearestSimilarity   its cosine similarity
 * @param nearestEmergency    the nearest emergency exemplar among the voters, or {@code null}
 * @param emergencySimilarity its cosine similarity (0 when none)
 * @param emergencyShare      the emergencies' share of the vote (0..1)
 * @param category            the category the vote found, or {@code null} when it found no emergency
 */
public record NeighbourTrace(Boolean prefilterPassed, Double prefilterMargin, Double prefilterSimilarity, String prefilterNearest, String model,
                             String nearest, String nearestLabel, double nearestSimilarity, String nearestEmergency,
                             double emergencySimilarity, double emergencyShare, String category) {

    /** The trace of a cascade's opinion, the vote made with {@code model}. */
    static NeighbourTrace of(CascadeOpinion c, String model) {
        EmergencyPrefilter.Nearest p = c.prefilter();
        Boolean passed = p == null ? null : p.passes();
        Double margin = p == null ? null : round(p.margin());
        Double similarity = p == null ? null : round(p.similarity());
        String pNearest = p == null || p.emergency() == null ? null : p.emergency().text();
        NeighbourOpinion o = c.vote();
        if (o == null) {
            return new NeighbourTrace(passed, margin, similarity, pNearest, null, null, null, 0, null, 0, 0, null);
        }
        return new NeighbourTrace(passed, margin, similarity, pNearest, model, o.nearest() == null ? null : o.nearest().text(),
                o.nearest() == null ? null : o.nearest().emergency() ? o.nearest().category().name() : o.nearest().kind(),
                round(o.nearestSimilarity()), o.nearestEmergency() == null ? null : o.nearestEmergency().text(),
                round(o.emergencySimilarity()), round(o.emergencyShare()), o.emergency() ? o.category().name() : null);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
