package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scans the summaries and reasons of many reports (every pattern, urgency, child, pregnancy,
 * question case) for wording that would diagnose, name a disease or a cause, or frighten.
 */
class SummarySafetyTest {

    private static final List<String> FORBIDDEN = List.of("you have", "you've got", "diagnos", "leukemia",
            "leukaemia", "lymphoma", "myeloma", "cancer", "tumor", "malignan", "disease", "aplastic",
            "myelodysplas", "syndrome", "you are sick", "you're sick", "definitely", "certainly", "nothing to worry",
            "don't worry", "do not worry", "you will die", "fatal", "terminal", "caused by", "because of your");
    private static final Pattern LONG_WORD = Pattern.compile("[a-z]{19,}");

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @Test
    void summariesAndReasonsNeverDiagnoseOrNameADisease() {
        for (CbcReport r : manyReports()) {
            String summary = r.summary().toLowerCase(Locale.ROOT);
            String reasons = String.join(" ", r.reasons()).toLowerCase(Locale.ROOT);
            for (String phrase : FORBIDDEN) {
                assertThat(summary).as("summary %s", r.summary()).doesNotContain(phrase);
                assertThat(reasons).as("reasons %s", r.reasons()).doesNotContain(phrase);
            }
        }
    }

    @Test
    void summariesUseShortSentencesAndEndWithTheCareTeam() {
        for (CbcReport r : manyReports()) {
            String s = r.summary();
            if (!r.analytes().isEmpty()) {
                assertThat(s).endsWith("Only your care team can say what these results mean for you.");
            }
            for (String sentence : s.split("(?<=[.?!])\\s+")) {
                if (!sentence.startsWith("Low:") && !sentence.startsWith("High:") && !sentence.startsWith("In range:")
                        && !sentence.startsWith("Not judged") && !sentence.startsWith("Grades show")) {
                    assertThat(sentence.split("\\s+").length).as(sentence).isLessThanOrEqualTo(20);
                }
            }
            assertThat(LONG_WORD.matcher(s.toLowerCase(Locale.ROOT)).find()).as(s).isFalse();
        }
    }

    private List<CbcReport> manyReports() {
        List<String> texts = new ArrayList<>(List.of(
                "hgb 9.1 wbc 2.1 plt 40", "hgb 6.5 wbc 0.8 anc 0.2 plt 15, fever 38.9", "hgb 11", "wbc 3", "anc 1.1",
                "plt 90", "lymphs 0.4", "hgb 11 plt 100", "wbc 150 plt 1500 hgb 21", "mcv 105 hct 55 rbc 6.5",
                "hgb 13 wbc 6 plt 250 anc 3 lymphs 2 mcv 90 hct 40 rbc 4.6", "my 3 year old: hgb 9.5, plt 100",
                "my toddler: hgb 9.5", "20 weeks pregnant hgb 9.8 plt 120", "on chemo, fever, wbc 0.5",
                "platelets 3000", "hgb 0", "neutrophils 50%", "what is leukemia?", "I'm on chemo with a fever",
                "is pancytopenia leukemia? my hgb is 9, wbc 2.5, plt 60"));
        for (double hgb : new double[] {5, 7.5, 9, 10.5, 12.5, 16, 22}) {
            for (double wbc : new double[] {0.5, 2.5, 6, 15, 120}) {
                for (double plt : new double[] {10, 60, 200, 600, 1200}) {
                    texts.add("hgb " + hgb + " wbc " + wbc + " plt " + plt);
                }
            }
        }
        List<CbcReport> reports = new ArrayList<>();
        for (String t : texts) {
            reports.add(interpreter.interpret(t));
        }
        return reports;
    }
}
