package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patterns blind round 11 found (issue 16) where the shipped service was wrong, each as a
 * family of wordings written for this test (not the blind messages themselves). Emergencies: one
 * told after an unrelated question or at the end ("quick q about iron ... also my chest feels
 * crushed and it's going up my neck"), with the lab values that send the message down the lab
 * path ("platelets 25") or a number the lab reader reads; a chest clamping down before the numb arm
 * it brings; a symptom compared with an earlier, dated episode; a fever given in words beside a
 * low count; and permission asked to wait ("can it wait till monday?"), which changes nothing.
 * Near misses, which must stay quiet: an episode years back that has healed ("all healed up now",
 * "ahora estoy bien", "back in the 80s ... a family joke now"); "explain X like I'm 10", "for my
 * biology project", "what are the X signs I should watch for"; an episode seen to that ended ("vitals
 * were fine, the nurse said it was a simple faint", "sent us home ... how do we prevent another
 * one", "scan was clear, still a bit sore", "scope was clean, still a bit nervous"); a novel's
 * heroine; checking one's stool every time out of fear.
 */
class RoundElevenFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    private static RedFlagResult screened(String message) {
        return LabelledSafetySetTest.screenedWithItsFacts(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            quick one, does ferritin go up with infection? also my chest feels crushed and tight since noon, going up into my neck | CHEST_PAIN
            hold music is killing me lol. my chest keeps clamping down every few minutes and my left arm is tingly. anyway is this the filgrastim | CHEST_PAIN
            had a filling out this afternoon and my mouth keeps filling up with blood. platelets 30. can it wait till monday?     | UNCONTROLLED_BLEEDING
            was brushing my teeth and up came blood, bright red, im shaky. on iron for anaemia. also what foods are high in folate | VOMITING_BLOOD
            my husband is on chemo, he's running a hundred and two and shivering. anc was 0.4 on tuesday                          | NEUTROPENIC_FEVER
            her chest hurts really bad, she says it's the same as before her stent in 2017. she's on chemo. how long do we wait   | CHEST_PAIN
            my sister's face is droopin on one side since 10 minutes ago, she says she's just tired. can it wait till morning?    | STROKE
            my son went down like a sack of potatoes at footie, he's awake but can't sit up. ps his wee looks red                 | FAINTING
            """)
    void categories(String message, RedFlagCategory expected) {
        RuleFamilies.assertCaught(screened(message), message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i threw up blood a few years back from an ulcer, all healed now. can i take aspirin?",
            "had a brain bleed years ago, fully healed up now, is it safe to fly?",
            "En 2017 me desmayé en el trabajo por la anemia. Ahora estoy bien, ¿es normal?",
            "En 2020 tuve una convulsión por fiebre y ya estoy bien, ¿me puede pasar otra vez?",
            "my uncle took too many of his sleeping pills back in the 80s and ended up in hospital, its a family joke now. are they safer today",
            "grandma swallowed a bottle of aspirin back in the 70s, that's family legend now. why is aspirin risky",
            "explain a stroke like i'm five",
            "explain febrile seizures like i'm 10 please",
            "why do people with polycythemia get strokes? it's for my science project",
            "how does a brain bleed happen with low platelets, it's for my health assignment",
            "what are the seizure signs i should watch for with my son's fever",
            "what are the stroke symptoms we should look out for with my mum's high platelets",
            "passed out at the clinic today, vitals were fine, the nurse said it was a simple faint. how do i stop it happening?",
            "fainted at my infusion this morning, they checked me over, bp was fine. any tips?",
            "my daughter had a febrile fit on saturday, the hospital checked her and sent us home. how do we avoid another one?",
            "bumped my head on a shelf on friday, went to urgent care since i'm on warfarin, the scan was clear. still a bit tender, normal?",
            "vomited a little blood after a nosebleed yesterday, the er said it was swallowed blood, scope was clean. still a bit worried",
            "my story's heroine has neutropenic fever on a plane, what would the crew do?",
            "the novel's protagonist has a seizure on the train, how would bystanders react? writing that chapter",
            "every time i poop i look for red, so nervous since my dad's bleed. all fine so far though",
    })
    void nearMissesStayQuiet(String message) {
        RedFlagResult r = screened(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }

    /** The rules' framing keeps the second opinion from overruling them on these near misses. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            passed out at the clinic today, vitals were fine, the nurse said it was a simple faint. how do i stop it happening?                | FAINTING
            my daughter had a febrile fit on saturday, the hospital checked her and sent us home. how do we avoid another one?                  | SEIZURE
            bumped my head on a shelf on friday, went to urgent care since i'm on warfarin, the scan was clear. still a bit tender, normal?    | HEAD_INJURY_HEADACHE
            vomited a little blood after a nosebleed yesterday, the er said it was swallowed blood, scope was clean. still a bit worried      | VOMITING_BLOOD
            """)
    void theSecondOpinionIsOverruledOnFraming(String message, RedFlagCategory category) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
        assertThat(screen.framedAway(message, category)).as(message).isTrue();
    }
}
