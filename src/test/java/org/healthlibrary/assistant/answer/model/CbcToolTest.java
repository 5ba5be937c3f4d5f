package org.healthlibrary.assistant.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.Tool;
import org.healthlibrary.assistant.cbc.CbcEnglish;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.cbc.Analyte;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.Urgency;
import org.junit.jupiter.api.Test;

/** The model-mode tool returns the same report as the endpoint, with the disclaimer, and errors as data. */
class CbcToolTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);
    private final CbcTool tool = new CbcTool(interpreter, SafetyEnglish.MESSAGES, CbcEnglish.MESSAGES);

    @Test
    void returnsTheSameReportWithTheDisclaimer() throws Exception {
        String text = "on chemo, fever 38.4, anc 0.3";
        CbcToolReport r = tool.interpretBloodCount(text);
        assertThat(r).isEqualTo(CbcToolReport.of(interpreter.interpret(text), SafetyEnglish.DISCLAIMER));
        assertThat(r.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.analytes().getFirst().analyte()).isEqualTo(Analyte.ANC);
        assertThat(CbcTool.class.getMethod("interpretBloodCount", String.class).getAnnotation(Tool.class).value()[0])
                .startsWith("Interprets complete blood count (CBC) numbers");
    }

    @Test
    void invalidInputComesBackAsAQuestion() {
        assertThat(tool.interpretBloodCount("x".repeat(2001)).questions()).containsExactly(
                "The message is longer than 2000 characters. Please send only the blood count numbers.");
        assertThat(tool.interpretBloodCount(null).summary()).isEqualTo("We did not find any blood count numbers to look at.");
        assertThat(tool.interpretBloodCount("  ").disclaimer()).isEqualTo(SafetyEnglish.DISCLAIMER);
    }
}
