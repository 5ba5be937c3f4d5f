package org.healthlibrary.assistant.safety;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fixed emergency wording for each {@link RedFlagCategory}: plain words, short sentences,
 * what to do now. An emergency response contains this text (and the disclaimer) and nothing
 * from the normal answer pipeline.
 *
 * <p>Every category says to call 911 or the local emergency number, except that self-harm
 * leads with the 988 Suicide and Crisis Lifeline (and 911 when in danger now) and neutropenic
 * fever leads with the cancer care team's urgent line (and the emergency room or 911 when they
 * cannot be reached), and poisoning leads with the Poison Help line (and 911 when the person is
 * unresponsive, has trouble breathing or has a seizure). Every text ends by saying not to wait
 * for this chat. {@link #forResult} adds the crisis line to a poisoning where self-harm is said
 * or implied, and only then.
 *
 * <p>Why constants: the wording is reviewed once and can never be changed by configuration, a
 * model or a message. Stateless and thread-safe.
 */
public final class EmergencyGuidance {

    /** The general instruction that ends every non-specific emergency text. */
    public static final String CALL_911 = "Call 911 or your local emergency number now, or go to the nearest "
            + "emergency room. Do not wait for an answer from this chat.";

    /** Added after the guidance of a non-self-harm emergency when self-harm is said or implied. */
    public static final String CRISIS_LINE = "If this was done on purpose, or there are thoughts of suicide or "
            + "self-harm, also call or text 988 to reach the Suicide and Crisis Lifeline (in the US), any time.";

    private static final Map<RedFlagCategory, String> TEXT = new EnumMap<>(RedFlagCategory.class);

    static {
        put(RedFlagCategory.CHEST_PAIN, "Chest pain or pressure can be a sign of a heart attack. " + CALL_911
                + " Do not drive yourself.");
        put(RedFlagCategory.BREATHING, "Trouble breathing is an emergency. " + CALL_911);
        put(RedFlagCategory.FAINTING, "Fainting or feeling about to faint can be serious, especially with low "
                + "blood counts. " + CALL_911 + " Lie down until help comes.");
        put(RedFlagCategory.CONFUSION, "New or sudden confusion is an emergency. " + CALL_911
                + " Stay with the person until help comes.");
        put(RedFlagCategory.UNRESPONSIVE, "A person who is hard to wake or not responding needs help now. "
                + CALL_911 + " Stay with them until help comes.");
        put(RedFlagCategory.SEIZURE, "A seizure is an emergency. " + CALL_911
                + " Keep the person safe from falls and sharp objects. Do not put anything in their mouth.");
        put(RedFlagCategory.STROKE, "These can be signs of a stroke, and every minute matters. " + CALL_911
                + " Note the time the signs started.");
        put(RedFlagCategory.UNCONTROLLED_BLEEDING, "Bleeding that will not stop, or heavy bleeding, is an emergency. "
                + CALL_911 + " Press firmly on the bleeding spot with a clean cloth while you wait.");
        put(RedFlagCategory.VOMITING_BLOOD, "Vomiting blood or something that looks like coffee grounds is an "
                + "emergency. " + CALL_911);
        put(RedFlagCategory.BLOODY_OR_BLACK_STOOL, "Black, tarry or bloody stool can mean bleeding inside the body. "
                + CALL_911);
        put(RedFlagCategory.HEAD_INJURY_HEADACHE, "A head injury or a sudden, severe headache can mean bleeding "
                + "in the head, especially with low platelets. " + CALL_911);
        put(RedFlagCategory.NEUTROPENIC_FEVER, "A fever when your white cells are low, or during chemotherapy, can "
                + "be life-threatening. Call your cancer care team's urgent or after-hours line now. If you cannot "
                + "reach them right away, go to the emergency room or call 911. Do not wait for an answer from "
                + "this chat.");
        put(RedFlagCategory.POISONING, "Too much of a medicine, or swallowing something poisonous, can be dangerous "
                + "even when the person seems fine at first. Call Poison Help at 1-800-222-1222 now (in the US), any "
                + "time, day or night. If the person is unresponsive, has trouble breathing or has a seizure, call 911 "
                + "or your local emergency number now. Keep the container or pill bottle to tell them what was "
                + "taken. Do not wait for an answer from this chat.");
        put(RedFlagCategory.SELF_HARM, "You are not alone, and help is available right now. Please call or text 988 "
                + "to reach the Suicide and Crisis Lifeline (in the US), any time, day or night. If you might act "
                + "on these thoughts or are in danger now, call 911 or go to the nearest emergency room. Outside "
                + "the US, call your local emergency number. Do not wait for an answer from this chat.");
        for (RedFlagCategory c : RedFlagCategory.values()) {
            if (!TEXT.containsKey(c)) {
                throw new IllegalStateException("No emergency guidance for " + c);
            }
        }
    }

    private EmergencyGuidance() {
    }

    /** The fixed emergency text for a screen result: {@link #forCategory(RedFlagCategory, boolean)}. */
    public static String forResult(RedFlagResult result) {
        Objects.requireNonNull(result, "result");
        if (!result.emergency()) {
            throw new IllegalArgumentException("no guidance for a result that is not an emergency");
        }
        return forCategory(result.category(), result.crisis());
    }

    /**
     * The fixed emergency text for a category, with {@link #CRISIS_LINE} before its closing
     * sentence when self-harm is said or implied ({@code crisis}) and the category's own text
     * does not already lead with the crisis line (self-harm).
     */
    public static String forCategory(RedFlagCategory category, boolean crisis) {
        String text = forCategory(category);
        if (!crisis || category == RedFlagCategory.SELF_HARM) {
            return text;
        }
        String end = "Do not wait for an answer from this chat.";
        return text.endsWith(end)
                ? text.substring(0, text.length() - end.length()) + CRISIS_LINE + " " + end
                : text + " " + CRISIS_LINE;
    }

    /** The fixed emergency text for a category. */
    public static String forCategory(RedFlagCategory category) {
        return TEXT.get(Objects.requireNonNull(category, "category"));
    }

    private static void put(RedFlagCategory category, String text) {
        TEXT.put(category, text);
    }
}
