package org.healthlibrary.assistant.answer.compose;

import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.safety.Caution;
import org.healthlibrary.assistant.safety.SafetyVerdict;

/** The notices a safety verdict puts before an answer. Stateless. */
public final class Notices {

    private Notices() {
    }

    /**
     * A declined dose, then the no-diagnosis notice, each when the verdict found the request,
     * then the bleeding-risk and treatment-change cautions. The worried "is this bad?" caution
     * speaks about numbers, so only {@link #forLabs} adds it.
     */
    public static List<SafetyNotice> of(SafetyVerdict verdict) {
        return notices(verdict, false);
    }

    /** {@link #of} plus, for a lab report, the answer to a worried "are these a sign of something bad?". */
    public static List<SafetyNotice> forLabs(SafetyVerdict verdict) {
        return notices(verdict, true);
    }

    private static List<SafetyNotice> notices(SafetyVerdict verdict, boolean labs) {
        List<SafetyNotice> out = new ArrayList<>();
        if (verdict.doseRequest()) {
            out.add(new SafetyNotice.DoseDeclined());
        }
        if (verdict.diagnosisRequest()) {
            out.add(new SafetyNotice.NoDiagnosis());
        }
        for (Caution c : verdict.cautions()) {
            if (labs || c != Caution.WORRY) {
                out.add(new SafetyNotice.Cautioned(c));
            }
        }
        return List.copyOf(out);
    }
}
