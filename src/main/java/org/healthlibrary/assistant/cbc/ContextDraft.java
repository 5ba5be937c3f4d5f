package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;

/**
 * What the extraction passes found about the patient, collected while reading one message and
 * then frozen into a {@link LabContext}. Mutable; confined to one {@code extract} call.
 */
final class ContextDraft {

    boolean femaleSaid;
    boolean maleSaid;
    Double ageYears;
    boolean childSaid;
    boolean pregnant;
    Integer trimester;
    Double temperatureC;
    boolean feverSaid;
    boolean chemo;
    final List<String> questions = new ArrayList<>();
    final List<String> assumptions = new ArrayList<>();
    /** The words of the questions and assumptions. */
    final CbcMessages messages;

    ContextDraft(CbcMessages messages) {
        this.messages = messages;
    }

    void temperature(double celsius) {
        if (temperatureC == null || celsius > temperatureC) {
            if (temperatureC != null) {
                assumptions.add(messages.assumedHighestTemperature());
            }
            temperatureC = celsius;
        }
    }

    LabContext toContext() {
        Sex sex = Sex.UNKNOWN;
        if (femaleSaid && maleSaid) {
            assumptions.add(messages.assumedSexUnknown());
        } else if (femaleSaid || pregnant) {
            sex = maleSaid ? Sex.UNKNOWN : Sex.FEMALE;
        } else if (maleSaid) {
            sex = Sex.MALE;
        }
        return new LabContext(sex, ageYears, pregnant, pregnant ? trimester : null, temperatureC, feverSaid, chemo,
                childSaid);
    }
}
