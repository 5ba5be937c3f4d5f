package org.healthlibrary.assistant.labs;

import java.util.List;
import org.healthlibrary.assistant.cbc.Analyte;
import org.healthlibrary.assistant.cbc.AnalyteResult;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.Urgency;
import org.healthlibrary.assistant.safety.Disclaimed;

/**
 * The JSON body of a CBC interpretation, for {@code POST /api/cbc} and the model's CBC tool:
 * the {@link CbcReport} fields plus the disclaimer, which the disclaimer gate fills in on the
 * way out (or the tool directly). Immutable.
 *
 * @param analytes    per-analyte results: analyte, value, unit, status, grade, referenceRange
 * @param pattern     which lines are low
 * @param highFlags   analytes above their range
 * @param urgency     ROUTINE, SOON, URGENT or EMERGENCY
 * @param reasons     one sentence per rule that fired
 * @param questions   what to ask the patient before some values can be used
 * @param summary     plain-language summary
 * @param ruleSet     sources and rules used
 * @param assumptions choices made where the input left something open
 * @param disclaimer  the "see your provider" text
 */
public record CbcResponse(List<AnalyteResult> analytes, CbcPattern pattern, List<Analyte> highFlags, Urgency urgency,
                          List<String> reasons, List<String> questions, String summary, String ruleSet,
                          List<String> assumptions, String disclaimer) implements Disclaimed {

    /** The response for a report, without the disclaimer yet. */
    public static CbcResponse of(CbcReport r) {
        return new CbcResponse(r.analytes(), r.pattern(), r.highFlags(), r.urgency(), r.reasons(), r.questions(),
                r.summary(), r.ruleSet(), r.assumptions(), null);
    }

    @Override
    public CbcResponse withDisclaimer(String text) {
        return new CbcResponse(analytes, pattern, highFlags, urgency, reasons, questions, summary, ruleSet,
                assumptions, text);
    }
}
