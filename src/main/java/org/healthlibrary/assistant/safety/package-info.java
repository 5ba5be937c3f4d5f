/**
 * Patient-safety rules, all deterministic: the disclaimer policy, scope checks, red flags and
 * what may never be said. Every channel passes through these; no user text can switch them off.
 *
 * <h2>How the pipeline uses this package</h2>
 * <ol>
 *   <li>{@link org.healthlibrary.assistant.safety.SafetyScreen#assess} first, on the raw message,
 *       before retrieval and before any model. If the verdict is an emergency, answer with
 *       {@link org.healthlibrary.assistant.safety.EmergencyGuidance#forCategory} (plus the
 *       disclaimer) and nothing else.</li>
 *   <li>Otherwise: a {@link org.healthlibrary.assistant.safety.PremiseCorrection} goes first in
 *       the answer and cites its article; a dose request gets
 *       {@link org.healthlibrary.assistant.safety.SafetyMessages#doseDeclined()}; a diagnosis request
 *       gets {@link org.healthlibrary.assistant.safety.SafetyMessages#noDiagnosis()} before general
 *       library information; a message that is not health-related is out of scope.</li>
 *   <li>Use {@link org.healthlibrary.assistant.safety.InjectionDetector#neutralize} on the text
 *       before it becomes a retrieval query or part of a model prompt.</li>
 *   <li>Check any composed or model answer with
 *       {@link org.healthlibrary.assistant.safety.NoDiagnosisPolicy#diagnosesPerson} and
 *       {@link org.healthlibrary.assistant.safety.DoseRequestDetector#containsDose}.</li>
 *   <li>The disclaimer is attached once per body kind, as {@link org.healthlibrary.assistant.safety.Disclaimed}
 *       lists: JSON bodies by {@code http.DisclaimerGate} on the way out.</li>
 * </ol>
 *
 * <h2>Sentences are in a message bundle</h2>
 * The rules here decide (a verdict, a {@link org.healthlibrary.assistant.safety.RedFlagCategory})
 * and never word. Every sentence of this feature a patient reads or hears (disclaimer, spoken
 * disclaimer, no-diagnosis notice, dose decline, the cautions, the one "call 911" sentence and one emergency
 * text per category) is in the Qute message bundle {@code safety}
 * ({@link org.healthlibrary.assistant.safety.SafetyMessages});
 * {@link org.healthlibrary.assistant.safety.EmergencyGuidance} (a CDI bean) picks the message
 * for a category. The plain-Java rules and their unit tests need no Quarkus.
 *
 * <h2>Rules are data</h2>
 * Patterns live in {@code src/main/resources/safety/}: {@code red-flags.txt},
 * {@code spellings.txt}, {@code diagnosis.txt}, {@code doses.txt}, {@code false-premises.txt},
 * {@code injection.txt}, {@code health-terms.txt}. Each file's header explains its format.
 * Messages are folded by {@code knowledge.TextNormalizer} and then put in the safety canonical
 * form by {@code CanonicalText} (letter runs, hyphens, the fixes of {@code spellings.txt}).
 * Files are read and compiled once; a bad line fails start-up with the file and line number.
 * After any change run the safety tests: {@code LabelledSafetySetTest} fails below 100%
 * sensitivity or 95% specificity on {@code src/test/resources/safety/labelled-messages.jsonl}.
 *
 * <h2>Deliberate choices (for clinical review)</h2>
 * <ul>
 *   <li>Uncertain wording resolves to "emergency": negation reaches back six words within a
 *       clause and stops at a new subject; "now", "today", "still", "again" override a past
 *       cue; "what should I do if my nose won't stop bleeding?" is an emergency, while "what
 *       should I do if I ever get a fever?" is not.</li>
 *   <li>Categories beyond CLINICAL-REFERENCE.md section 5 wording: SEIZURE and UNRESPONSIVE
 *       ("hard to wake"); coughing up blood and soaking a pad an hour count as uncontrolled
 *       bleeding; any head injury counts (the audience often has low platelets), as does a
 *       severe or sudden headache.</li>
 *   <li>Not red flags on their own: blood in urine, bleeding gums or short nosebleeds, bruises
 *       and petechiae, light-headedness, feeling faint on standing up, mild breathlessness on
 *       stairs or exercise (unless the same sentence says it is severe, at rest or worse), and
 *       a fever without low white cells or chemotherapy.</li>
 *   <li>Neutropenic fever context from the text is generous: chemotherapy, an oncologist or
 *       treatment cycle, neutropenia, leukopenia, pancytopenia, aplastic anemia, leukemia or MDS,
 *       "low counts". Chills, rigors and "feeling hot" count as fever. Chemotherapy in the past
 *       counts unless it was years ago. A vague altered state ("really out of it") with a fever
 *       said outright in that context is neutropenic fever (rules marked {@code after-fever});
 *       an explicit new confusion stays CONFUSION.</li>
 *   <li>Numbers are not read here. Whether a temperature is a fever and whether counts are low
 *       is decided by {@code cbc} ({@code FeverThresholds}, {@code ClinicalFacts}); the caller
 *       passes those facts in a {@link org.healthlibrary.assistant.safety.ClinicalContext}.
 *       Without them, "temp 38.5, ANC 0.4" alone is not an emergency here.</li>
 *   <li>Black stool is a red flag even for people taking iron: a patient cannot tell tarry
 *       stool from iron-darkened stool.</li>
 * </ul>
 *
 * <h2>Meaning-based second opinion</h2>
 * {@link org.healthlibrary.assistant.safety.NeighbourVote} compares a message's embedding with
 * the shipped labelled messages ({@code safety/exemplars.jsonl} and their precomputed vectors,
 * {@link org.healthlibrary.assistant.safety.ExemplarVectors}); the pipeline asks it only when the
 * rules found no emergency and the message has no lab values, and it only ever adds an emergency;
 * not one the rules read as supposed, feared or fiction, nor for a message telling of an episode
 * that is over ({@link org.healthlibrary.assistant.safety.RedFlagScreen#framedAway}, never for
 * self-harm).
 * Its operating point is fitted by leave-one-round-out evaluation
 * ({@link org.healthlibrary.assistant.safety.NeighbourSettings}); the package holds no model.
 *
 * <h2>Limits</h2>
 * A lexicon cannot know every way people describe an emergency. Blind probe rounds written
 * before tuning found about 85% of emergencies; each miss was fixed and added to the labelled
 * set, so its 100% is a floor the rules must keep, not a measure of unseen wording. Keep adding
 * real, de-identified messages the screen missed.
 */
package org.healthlibrary.assistant.safety;
