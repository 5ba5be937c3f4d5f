package org.healthlibrary.assistant.safety;

import org.healthlibrary.assistant.EnglishBundle;

/**
 * The English texts of the {@code safety} bundle for tests that compare bodies with them, read
 * from {@link SafetyMessages} (no second copy of a sentence); {@code SafetyMessagesTest} pins them.
 */
public final class SafetyEnglish {

    /** The bundle's English defaults, usable without Quarkus. */
    public static final SafetyMessages MESSAGES = EnglishBundle.of(SafetyMessages.class);
    public static final String DISCLAIMER = MESSAGES.disclaimer();
    public static final String DISCLAIMER_SPOKEN = MESSAGES.disclaimerSpoken();
    public static final String NO_DIAGNOSIS = MESSAGES.noDiagnosis();
    public static final String NO_DIAGNOSIS_SPOKEN = MESSAGES.noDiagnosisSpoken();
    public static final String DOSE_DECLINED = MESSAGES.doseDeclined();
    public static final String CALL_911 = MESSAGES.call911();

    /** The emergency guidance worded from the bundle's English defaults. */
    public static final EmergencyGuidance GUIDANCE = new EmergencyGuidance(MESSAGES);

    private SafetyEnglish() {
    }

    /** The English emergency guidance for {@code category}. */
    public static String emergency(RedFlagCategory category) {
        return GUIDANCE.forCategory(category);
    }
}
