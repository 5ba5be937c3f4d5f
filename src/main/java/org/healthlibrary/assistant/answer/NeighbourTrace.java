package org.healthlibrary.assistant.answer;

import org.healthlibrary.assistant.safety.NeighbourOpinion;

/**
 * What the safety screen's meaning-based second opinion saw, for the trace: the nearest
 * exemplar and the nearest emergency exemplar (our own labelled test messages, never a
 * patient's), their similarities, the emergencies' share of the vote and the result. Immutable.
 *
 * @param nearest             the nearest exemplar's text
 * @param nearestLabel        its label: an emergency category, or the near-miss kind
 * @param nearestSimilarity   its cosine similarity
 * @param nearestEmergency    the nearest emergency exemplar among the voters, or {@code null}
 * @param emergencySimilarity its cosine similarity (0 when none)
 * @param emergencyShare      the emergencies' share of the vote (0..1)
 * @param category            the category the vote found, or {@code null} when it found no emergency
 */
public record NeighbourTrace(String nearest, String nearestLabel, double nearestSimilarity, String nearestEmergency,
                             double emergencySimilarity, double emergencyShare, String category) {

    /** The trace of an opinion. */
    static NeighbourTrace of(NeighbourOpinion o) {
        return new NeighbourTrace(o.nearest() == null ? null : o.nearest().text(),
                o.nearest() == null ? null : o.nearest().emergency() ? o.nearest().category().name() : o.nearest().kind(),
                round(o.nearestSimilarity()), o.nearestEmergency() == null ? null : o.nearestEmergency().text(),
                round(o.emergencySimilarity()), round(o.emergencyShare()), o.emergency() ? o.category().name() : null);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
