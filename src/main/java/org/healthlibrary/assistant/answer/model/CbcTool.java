package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.CbcMessages;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.Urgency;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * The CBC classifier as a LangChain4j tool for model mode: the model hands over the patient's
 * words and gets back the same deterministic report as {@code POST /api/cbc}, disclaimer
 * included ({@link CbcToolReport}: the one place this body kind gets it), so it only has to word the answer, never to interpret numbers. Invalid input
 * (blank, too long) comes back as a report with a question rather than an exception.
 * Application-scoped and thread-safe.
 */
@ApplicationScoped
public class CbcTool {

    private final CbcInterpreter interpreter;
    private final SafetyMessages safety;
    private final CbcMessages cbc;

    public CbcTool(CbcInterpreter interpreter, SafetyMessages safety, CbcMessages cbc) {
        this.interpreter = interpreter;
        this.safety = safety;
        this.cbc = cbc;
    }

    @Tool("Interprets complete blood count (CBC) numbers the patient gave (hemoglobin, hematocrit, RBC, WBC, ANC or "
            + "neutrophils, lymphocytes, platelets, MCV; with units, age, sex, pregnancy, temperature, chemotherapy) "
            + "and returns the exact report: status and CTCAE grade per value, pattern, urgency with reasons, "
            + "questions to ask, a plain-language summary and the disclaimer. Always use it for lab numbers; never "
            + "interpret the numbers yourself, and never turn the report into a diagnosis.")
    public CbcToolReport interpretBloodCount(
            @P("The patient's message with the blood count numbers, word for word, including age, sex, pregnancy, "
                    + "temperature or chemotherapy if mentioned") String labText) {
        if (labText != null && labText.length() > CbcInterpreter.MAX_TEXT) {
            return new CbcToolReport(List.of(), CbcPattern.NONE, List.of(), Urgency.ROUTINE, List.of(),
                    List.of(cbc.askShorterText(String.valueOf(CbcInterpreter.MAX_TEXT))), cbc.summaryNotRead(),
                    interpreter.ruleSet(), List.of(), safety.disclaimer());
        }
        return CbcToolReport.of(interpreter.interpret(labText == null ? "" : labText), safety.disclaimer());
    }
}
