package org.healthlibrary.assistant.answer.compose;

import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.safety.SafetyVerdict;

/** The notices a safety verdict puts before an answer. Stateless. */
public final class Notices {

    private Notices() {
    }

    /** A declined dose, then the no-diagnosis notice, each when the verdict found the request. */
    public static List<SafetyNotice> of(SafetyVerdict verdict) {
        List<SafetyNotice> out = new ArrayList<>();
        if (verdict.doseRequest()) {
            out.add(new SafetyNotice.DoseDeclined());
        }
        if (verdict.diagnosisRequest()) {
            out.add(new SafetyNotice.NoDiagnosis());
        }
        return List.copyOf(out);
    }
}
