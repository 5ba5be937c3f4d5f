package org.healthlibrary.assistant.safety;

import jakarta.inject.Singleton;
import java.util.Objects;

/**
 * Words the emergency guidance for each {@link RedFlagCategory} from the {@code safety} message
 * bundle ({@link SafetyMessages}): plain words, short sentences, what to do now. An emergency
 * response contains this text (and the disclaimer) and nothing from the normal answer pipeline.
 *
 * <p>Every category says to call 911 or the local emergency number, except that self-harm
 * leads with the 988 Suicide and Crisis Lifeline (and 911 when in danger now) and neutropenic
 * fever leads with the cancer care team's urgent line (and the emergency room or 911 when they
 * cannot be reached), and poisoning leads with the Poison Help line (and 911 when the person is
 * unresponsive, has trouble breathing or has a seizure). Every text ends by saying not to wait
 * for this chat. {@link #forResult} adds the crisis line to a poisoning where self-harm is said
 * or implied, and only then.
 *
 * <p>The screen decides a category; this class only words it (one bundle message per category,
 * so a new category is one message and one case here). A CDI bean; plain tests construct it
 * with any {@link SafetyMessages}. Stateless and thread-safe.
 */
@Singleton
public final class EmergencyGuidance {

    private final SafetyMessages messages;

    public EmergencyGuidance(SafetyMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The emergency text for a category. */
    public String forCategory(RedFlagCategory category) {
        String call911 = messages.call911();
        return switch (Objects.requireNonNull(category, "category")) {
            case CHEST_PAIN -> messages.chestPain(call911);
            case BREATHING -> messages.breathing(call911);
            case FAINTING -> messages.fainting(call911);
            case CONFUSION -> messages.confusion(call911);
            case UNRESPONSIVE -> messages.unresponsive(call911);
            case SEIZURE -> messages.seizure(call911);
            case STROKE -> messages.stroke(call911);
            case UNCONTROLLED_BLEEDING -> messages.uncontrolledBleeding(call911);
            case VOMITING_BLOOD -> messages.vomitingBlood(call911);
            case BLOODY_OR_BLACK_STOOL -> messages.bloodyOrBlackStool(call911);
            case HEAD_INJURY_HEADACHE -> messages.headInjuryHeadache(call911);
            case NEUTROPENIC_FEVER -> messages.neutropenicFever();
            case SELF_HARM -> messages.selfHarm();
            case POISONING -> messages.poisoning();
        };
    }

    /** The shared general instruction ("Call 911 or your local emergency number now, ..."). */
    public String call911() {
        return messages.call911();
    }

    /** The crisis-line sentence added when self-harm is said or implied. */
    public String crisisLine() {
        return messages.crisisLine();
    }

    /** The emergency text for a screen result: {@link #forCategory(RedFlagCategory, boolean)}. */
    public String forResult(RedFlagResult result) {
        Objects.requireNonNull(result, "result");
        if (!result.emergency()) {
            throw new IllegalArgumentException("no guidance for a result that is not an emergency");
        }
        return forCategory(result.category(), result.crisis());
    }

    /**
     * The emergency text for a category, with the crisis line before its closing sentence when
     * self-harm is said or implied ({@code crisis}) and the category's own text does not already
     * lead with the crisis line (self-harm).
     */
    public String forCategory(RedFlagCategory category, boolean crisis) {
        String text = forCategory(category);
        if (!crisis || category == RedFlagCategory.SELF_HARM) {
            return text;
        }
        String end = messages.doNotWait();
        return text.endsWith(end)
                ? text.substring(0, text.length() - end.length()) + messages.crisisLine() + " " + end
                : text + " " + messages.crisisLine();
    }
}
