package org.healthlibrary.assistant.safety;

import java.util.Objects;

/**
 * A correction of a false premise found in a message: the fixed wording to put first in the
 * answer, the id of the library article that supports it (to cite), and the id of the rule
 * that fired (for the trace). Immutable.
 *
 * @param correction plain-language correction, shown before any other answer text
 * @param articleId  id of the supporting library article, for example {@code pancytopenia}
 * @param ruleId     id of the premise rule in {@code safety/false-premises.txt}
 */
public record PremiseCorrection(String correction, String articleId, String ruleId) {

    public PremiseCorrection {
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
