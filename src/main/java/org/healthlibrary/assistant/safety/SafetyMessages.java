package org.healthlibrary.assistant.safety;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the safety feature that a patient reads or hears: the disclaimer (written
 * and spoken), the no-diagnosis notice, the dose decline, the cautions ({@link Caution}), the one
 * shared "call 911" sentence
 * and the emergency guidance for each {@link RedFlagCategory} (one message per category). A
 * Qute type-safe message bundle (name {@code safety}); the English defaults are here, another
 * language is a {@code messages/safety_<lang>.properties} file with the same keys.
 *
 * <p>The rules in this package decide (a category, a notice) and never word; this bundle words.
 * Emergency messages take the shared {@link #call911()} sentence as a parameter so it is written
 * once; {@link EmergencyGuidance} fills it in. Obtain the bundle by injection or with
 * {@code MessageBundles.get(SafetyMessages.class)}. Thread-safe (generated, stateless).
 *
 * <p>Why a bundle and not constants: one reviewed home per sentence, translatable without code
 * changes; still fixed at build time, so no request, configuration or model can change it.
 */
@MessageBundle("safety")
public interface SafetyMessages {

    /** The disclaimer shown with every written response. */
    @Message("This information is general health education from our health library, "
            + "not medical advice, and it cannot diagnose you. Talk with your healthcare provider about "
            + "your own health, symptoms and test results. If you think you are having an emergency, "
            + "call 911 or your local emergency number now.")
    String disclaimer();

    /** The disclaimer's shorter form for speech, with the same meaning. */
    @Message("This is general information, not medical advice. "
            + "Please talk with your healthcare provider about your own health. "
            + "In an emergency, call 911.")
    String disclaimerSpoken();

    /** Added before general information whenever someone asks to be diagnosed. */
    @Message("Only your healthcare provider can tell what is causing your symptoms or "
            + "results, because that takes an exam and tests. Here is general information from our library.")
    String noDiagnosis();

    /** The no-diagnosis notice's shorter form for speech. */
    @Message("Only your healthcare provider can tell what is causing this. Here is some general information.")
    String noDiagnosisSpoken();

    /** The fixed reply to a dose question. */
    @Message("We do not give medicine doses. The right dose depends on you, "
            + "your other medicines and your test results. Please ask your healthcare provider or pharmacist.")
    String doseDeclined();

    /** {@link Caution#CRISIS_LINE}: suicide or self-harm spoken of, with no emergency found. */
    @Message("If you or someone you know is ever thinking about suicide or self-harm, you can call or text 988 "
            + "to reach the Suicide and Crisis Lifeline (in the US), any time, day or night. If someone is in "
            + "danger right now, call 911 or your local emergency number.")
    String cautionCrisisLine();

    /** {@link Caution#POISON_HELP}: an overdose or poisoning spoken of, with no emergency found. */
    @Message("If someone may have taken too much of a medicine or swallowed something harmful, call Poison Help "
            + "at 1-800-222-1222 (in the US), any time, day or night. If they are unresponsive, have trouble "
            + "breathing or have a seizure, call 911 or your local emergency number.")
    String cautionPoisonHelp();

    /** {@link Caution#BLEEDING_RISK}: aspirin, ibuprofen, naproxen or a blood thinner was named. */
    @Message("Aspirin, ibuprofen, naproxen and blood thinners make bleeding more likely, especially when platelets "
            + "are low. Do not start, stop or change them without asking your care team or pharmacist first.")
    String cautionBleedingRisk();

    /** {@link Caution#TREATMENT_CHANGE}: a question about skipping or changing a treatment. */
    @Message("Please do not skip, delay or change any treatment on your own. Your care team decides whether a "
            + "treatment should wait, for example because of low counts, so call them before your next dose.")
    String cautionTreatmentChange();

    /** {@link Caution#WORRY}: "is this bad?" about one's own numbers or symptoms. */
    @Message("Numbers alone cannot tell whether something serious is going on. Your care team can, because they "
            + "know your health and history: please ask them. Here is what the numbers themselves show.")
    String cautionWorry();

    /** The one general emergency instruction; ends every non-specific emergency text. */
    @Message("Call 911 or your local emergency number now, or go to the nearest emergency room. "
            + "Do not wait for an answer from this chat.")
    String call911();

    /** Emergency guidance: {@link RedFlagCategory#CHEST_PAIN}. */
    @Message("Chest pain or pressure can be a sign of a heart attack. {call911} Do not drive yourself.")
    String chestPain(String call911);

    /** Emergency guidance: {@link RedFlagCategory#BREATHING}. */
    @Message("Trouble breathing is an emergency. {call911}")
    String breathing(String call911);

    /** Emergency guidance: {@link RedFlagCategory#FAINTING}. */
    @Message("Fainting or feeling about to faint can be serious, especially with low blood counts. {call911} "
            + "Lie down until help comes.")
    String fainting(String call911);

    /** Emergency guidance: {@link RedFlagCategory#CONFUSION}. */
    @Message("New or sudden confusion is an emergency. {call911} Stay with the person until help comes.")
    String confusion(String call911);

    /** Emergency guidance: {@link RedFlagCategory#UNRESPONSIVE}. */
    @Message("A person who is hard to wake or not responding needs help now. {call911} "
            + "Stay with them until help comes.")
    String unresponsive(String call911);

    /** Emergency guidance: {@link RedFlagCategory#SEIZURE}. */
    @Message("A seizure is an emergency. {call911} Keep the person safe from falls and sharp objects. "
            + "Do not put anything in their mouth.")
    String seizure(String call911);

    /** Emergency guidance: {@link RedFlagCategory#STROKE}. */
    @Message("These can be signs of a stroke, and every minute matters. {call911} "
            + "Note the time the signs started.")
    String stroke(String call911);

    /** Emergency guidance: {@link RedFlagCategory#UNCONTROLLED_BLEEDING}. */
    @Message("Bleeding that will not stop, or heavy bleeding, is an emergency. {call911} "
            + "Press firmly on the bleeding spot with a clean cloth while you wait.")
    String uncontrolledBleeding(String call911);

    /** Emergency guidance: {@link RedFlagCategory#VOMITING_BLOOD}. */
    @Message("Vomiting blood or something that looks like coffee grounds is an emergency. {call911}")
    String vomitingBlood(String call911);

    /** Emergency guidance: {@link RedFlagCategory#BLOODY_OR_BLACK_STOOL}. */
    @Message("Black, tarry or bloody stool can mean bleeding inside the body. {call911}")
    String bloodyOrBlackStool(String call911);

    /** Emergency guidance: {@link RedFlagCategory#HEAD_INJURY_HEADACHE}. */
    @Message("A head injury or a sudden, severe headache can mean bleeding in the head, especially with "
            + "low platelets. {call911}")
    String headInjuryHeadache(String call911);

    /** Emergency guidance: {@link RedFlagCategory#NEUTROPENIC_FEVER} (the care team's line comes first). */
    @Message("A fever when your white cells are low, or during chemotherapy, can be life-threatening. "
            + "Call your cancer care team's urgent or after-hours line now. If you cannot reach them right away, "
            + "go to the emergency room or call 911. Do not wait for an answer from this chat.")
    String neutropenicFever();

    /** Emergency guidance: {@link RedFlagCategory#SELF_HARM} (the 988 Lifeline comes first). */
    @Message("You are not alone, and help is available right now. Please call or text 988 to reach the "
            + "Suicide and Crisis Lifeline (in the US), any time, day or night. If you might act on these "
            + "thoughts or are in danger now, call 911 or go to the nearest emergency room. Outside the US, "
            + "call your local emergency number. Do not wait for an answer from this chat.")
    String selfHarm();

    /** Emergency guidance: {@link RedFlagCategory#POISONING} (Poison Help first, 911 when the person is in danger). */
    @Message("Too much of a medicine, or swallowing something poisonous, can be dangerous even when the person "
            + "seems fine at first. Call Poison Help at 1-800-222-1222 now (in the US), any time, day or night. "
            + "If the person is unresponsive, has trouble breathing or has a seizure, call 911 or your local "
            + "emergency number now. Keep the container or pill bottle to tell them what was taken. "
            + "If it may be carbon monoxide (a heater, generator or car running indoors, or a CO "
            + "alarm), get everyone into fresh air. Then call 911 from outside. "
            + "Do not wait for an answer from this chat.")
    String poisoning();

    /** Added to a non-self-harm emergency when self-harm is said or implied (a deliberate overdose, say). */
    @Message("If this was done on purpose, or there are thoughts of suicide or self-harm, also call or text 988 "
            + "to reach the Suicide and Crisis Lifeline (in the US), any time.")
    String crisisLine();

    /** The closing sentence every emergency text ends with; the crisis line goes before it. */
    @Message("Do not wait for an answer from this chat.")
    String doNotWait();
}
