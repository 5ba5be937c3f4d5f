package org.healthlibrary.assistant.answer.model;

import java.util.List;
import org.healthlibrary.assistant.cbc.Analyte;
import org.healthlibrary.assistant.cbc.AnalyteResult;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.Urgency;

/**
 * What {@link CbcTool} hands the model: the {@link CbcReport} fields and the disclaimer, in the
 * same JSON shape as {@code POST /api/cbc}. The tool's own type, so that the model's contract
 * does not depend on an entry point. Immutable.
 *
 * @param analytes    per-analyte results
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
public record CbcToolReport(List<AnalyteResult> analytes, CbcPattern pattern, List<Analyte> highFlags, Urgency urgency,
                            List<String> reasons, List<String> questions, String summary, String ruleSet,
                            List<String> assumptions, String disclaimer) {

    /** The report with the disclaimer. */
    public static CbcToolReport of(CbcReport r, String disclaimer) {
        return new CbcToolReport(r.analytes(), r.pattern(), r.highFlags(), r.urgency(), r.reasons(), r.questions(),
                r.summary(), r.ruleSet(), r.assumptions(), disclaimer);
    }
}
