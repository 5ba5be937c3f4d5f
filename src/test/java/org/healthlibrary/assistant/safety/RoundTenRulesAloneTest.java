package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blind round 10 emergencies that only the meaning-based second opinion caught on the first
 * try, that nothing caught, or that the rules filed under another category, each pattern as a
 * family of wordings written for this test, so that the rules alone catch them (the labelled set
 * requires it): a seizure told by what it looks like (stiff or rigid and then thrashing or
 * twitching, thrashing on the floor, a face and an arm twitching with no way to talk or for many
 * minutes, "one of those fever fits", "some kind of fit", fits back to back with no waking in
 * between, and in Spanish shaking with the eyes rolled back); a chest "like an anvil is on it",
 * rubbing the chest while pale or sweating, a chest "killing him"; unable to talk in full
 * sentences, breathing through a straw, a tight or hoarse voice with hives, a finger oxygen reading
 * in the 80s with panting; half a mouth that will not move, words that cannot be found, a foot
 * suddenly dragged and a hand "asleep" that is no sleep; losing track of what one says, in a daze
 * and not oneself, lost in one's own home; walking into a door with the head hurting; a bandage or
 * dressing soaked through, blood running down a limb, a pad soaked every 15 or 20 minutes;
 * gagging up blood and pink or red vomit; stool like blood jelly; passing out before the dark
 * stool or the nosebleed that caused it. Self-harm with the crisis line: cutting again, a means
 * at hand one cannot stop thinking about, a strange goodbye or belongings given away with no
 * answer or low mood, medicines stopped on purpose to slip away. Poisoning with Poison Help: a
 * weekly medicine taken daily, a mixed-up pill organizer or double of everything, someone else's
 * medicines handed over; with the crisis line too when the writer "can't take it anymore". And
 * their look-alikes, which must stay quiet.
 */
class RoundTenRulesAloneTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my dad went rigid as a plank and then started flailing, now he's groggy                       | SEIZURE
            she went stiff in her high chair and then started jerking                                     | SEIZURE
            my son went rigid in the pool and started twitching, he isn't waking up                       | SEIZURE
            my wife went all stiff on the couch and then started twitching                                | SEIZURE
            my uncle is thrashing around on the floor and his eyes look weird                             | SEIZURE
            grandpa was thrashing his arms and legs in bed and now he's snoring loudly                    | SEIZURE
            his face and left hand keep jerking over and over and he can't answer me                      | SEIZURE
            one side of her body is twitching and she can't speak to me                                   | SEIZURE
            her face and arm have been twitching on and off for 12 minutes                                | SEIZURE
            my mom's right hand and face keep twitching and she isn't responding                          | SEIZURE
            my toddler is having one of those febrile fits, still shaking after 4 minutes                 | SEIZURE
            i think he's having a fever fit right now, his arms are jerking                               | SEIZURE
            baby is in one of those fever fits, it won't stop                                             | SEIZURE
            she had a fever fit and is still twitching now                                                | SEIZURE
            the man across the aisle on the bus is having some sort of fit, what do i do                  | SEIZURE
            my coworker is having some kind of seizure at her desk                                        | SEIZURE
            a kid at the playground is having a bad fit and his mom is panicking                          | SEIZURE
            my neighbour is having a weird fit on the stairs                                              | SEIZURE
            he's had three fits back to back and hasn't come round in between                             | SEIZURE
            seizures back to back since 2am                                                               | SEIZURE
            she had one seizure, then another, and hasn't woken up in between                             | SEIZURE
            back to back fits and he didn't come to between them                                          | SEIZURE
            mi hija está rígida, tiene los ojos en blanco y no reacciona                                  | SEIZURE
            mi papá está temblando y tiene los ojos en blanco                                             | SEIZURE
            tiene los ojos en blanco y se sacude todo el cuerpo                                           | SEIZURE
            mi bebé está temblando de todo el cuerpo y no responde                                        | SEIZURE
            my chest feels like an anvil is on it and i'm sweating                                        | CHEST_PAIN
            it's like a piano is on my chest since 10 minutes ago and my arm tingles                      | CHEST_PAIN
            his chest has been like a truck parked on it all morning                                      | CHEST_PAIN
            like a boulder sitting on my chest, can't get comfortable                                     | CHEST_PAIN
            grandma keeps rubbing her chest, she's clammy and pale                                        | CHEST_PAIN
            he's rubbing his chest and sweating through his shirt                                         | CHEST_PAIN
            mom is pressing on her chest saying it's heavy                                                | CHEST_PAIN
            my husband is rubbing his chest and looks grey                                                | CHEST_PAIN
            my son says his chest is killing him                                                          | CHEST_PAIN
            her chest is killing her and her left arm feels funny                                         | CHEST_PAIN
            she can't speak in full sentences and her inhaler isn't helping                               | BREATHING
            he's unable to talk in complete sentences, chest sucking in                                   | BREATHING
            i can't talk in whole sentences today, wheezing badly                                         | BREATHING
            it's like breathing through a straw, my chest is heaving                                      | BREATHING
            feels like i'm breathing through a tiny tube                                                  | BREATHING
            after the new penicillin he broke out in hives and his voice sounds hoarse                    | BREATHING
            she got hives from the shrimp and her voice went all squeaky                                  | BREATHING
            my throat feels tight and i've got welts all over after the new pill                          | BREATHING
            his voice sounds muffled and his neck is swollen after the bee sting                          | BREATHING
            the pulse ox says 82 and he's panting just sitting there                                      | BREATHING
            my oxygen is reading 86 percent and i'm so short of breath                                    | BREATHING
            dad's sats are at 79 and his lips look blue                                                   | BREATHING
            the finger oxygen thing shows 84 and she's gasping                                            | BREATHING
            half his mouth won't lift when he tries to smile                                              | STROKE
            half of her face won't move since lunch                                                       | STROKE
            half of his lips won't move when he talks                                                     | STROKE
            mom can't find her words all of a sudden, she keeps saying 'the thing'                        | STROKE
            dad can't find any words since noon, just points                                              | STROKE
            she can't get her words out and keeps repeating 'cup cup cup'                                 | STROKE
            suddenly he's dragging his right leg and can't hold his cup                                   | STROKE
            she's dragging her left foot all of a sudden                                                  | STROKE
            my son's hand went to sleep and won't wake up and he's suddenly dragging his foot             | STROKE
            my husband keeps losing track of what he's saying and repeating himself                       | CONFUSION
            she keeps losing the thread of what she's saying tonight                                      | CONFUSION
            mom is in a daze and just not herself since lunch                                             | CONFUSION
            he's not himself, really foggy since this morning                                             | CONFUSION
            grandpa keeps getting lost in his own house today                                             | CONFUSION
            my wife got lost in our own kitchen this morning                                              | CONFUSION
            walked straight into a lamppost, my head is throbbing and i'm on blood thinners               | HEAD_INJURY_HEADACHE
            she ran into the cabinet door and now her head hurts                                          | HEAD_INJURY_HEADACHE
            i bumped into a shelf, got a bump on my head, platelets low                                   | HEAD_INJURY_HEADACHE
            he smacked into the door frame and has a headache now                                         | HEAD_INJURY_HEADACHE
            the dressing on my port site is soaked through and it's dripping                              | UNCONTROLLED_BLEEDING
            after the liver biopsy the gauze is saturated                                                 | UNCONTROLLED_BLEEDING
            the bandage on his hip is completely drenched with blood                                      | UNCONTROLLED_BLEEDING
            my plaster has bled through twice since the kidney biopsy                                     | UNCONTROLLED_BLEEDING
            her band aid is soaked right through                                                          | UNCONTROLLED_BLEEDING
            blood is pouring down his leg from the cut                                                    | UNCONTROLLED_BLEEDING
            blood keeps running down my arm from the iv site                                              | UNCONTROLLED_BLEEDING
            there's blood trickling down the back of her neck                                             | UNCONTROLLED_BLEEDING
            blood is dripping down my fingers and won't slow                                              | UNCONTROLLED_BLEEDING
            i'm soaking a pad every 20 minutes and feel lightheaded                                       | UNCONTROLLED_BLEEDING
            soaking through a pad every 15 minutes since noon                                             | UNCONTROLLED_BLEEDING
            she's soaked a pad every 10 to 15 minutes                                                     | UNCONTROLLED_BLEEDING
            soaking my tampon and pad every thirty minutes                                                | UNCONTROLLED_BLEEDING
            my mom is gagging up blood                                                                    | VOMITING_BLOOD
            he gagged up a bunch of blood in the sink                                                     | VOMITING_BLOOD
            she keeps gagging up dark blood                                                               | VOMITING_BLOOD
            he gags up blood every time he coughs                                                         | VOMITING_BLOOD
            he puked pink stuff twice and looks pale                                                      | VOMITING_BLOOD
            threw up reddish liquid three times this morning, feel faint                                  | VOMITING_BLOOD
            she's vomiting bright red fluid                                                               | VOMITING_BLOOD
            my son threw up red bits and feels dizzy                                                      | VOMITING_BLOOD
            he pooped blood jelly and looks grey                                                          | BLOODY_OR_BLACK_STOOL
            the baby's diaper had bloody jelly in it and she's screaming                                  | BLOODY_OR_BLACK_STOOL
            i'm passing what looks like blood jelly                                                       | BLOODY_OR_BLACK_STOOL
            her stool is like jelly of blood                                                              | BLOODY_OR_BLACK_STOOL
            she fainted in the kitchen, and her stool has been black for days                             | FAINTING
            my daughter passed out after a nosebleed that wouldn't stop, she's awake but white as a sheet | FAINTING
            he collapsed in the hallway and has been pooping blood since yesterday                        | FAINTING
            i just passed out in the shower, my gums have been bleeding all week                          | FAINTING
            """)
    void theRulesAloneCatchThem(String message, RedFlagCategory category) {
        RuleFamilies.assertCaught(screen.screen(message), message, category);
    }

    /** Self-harm said or implied gets the crisis line, filed as self-harm before the bleeding it causes. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i cut myself again tonight and it won't stop bleeding",
            "started cutting myself again, it's bleeding a lot and my head is in a dark place",
            "i sliced myself deeper this time, lots of blood",
            "having dark thoughts again and i cut myself, it's bleeding through the towel",
            "he's been cutting himself again and the cut is gaping",
            "there's a noose in my closet and i can't stop thinking about it",
            "the pills are in my drawer and i can't stop thinking about them",
            "dad's gun is in the safe and i can't stop thinking about using it",
            "i bought a rope today and i can't stop looking at it",
            "my brother gave away his guitar and his dog, now he won't answer his phone",
            "dad said goodbye in a weird way and now his phone is off, he's been depressed",
            "my sister gave away all her jewelry this week and has been so low",
            "my son said goodbye to us in a really final way and now we can't reach him",
            "my friend is giving away her things and says there's no point",
            "i stopped taking my insulin on purpose so i can slip away",
            "mom stopped her heart meds on purpose, she says she's ready",
            "not eating anymore so i can just fade away",
            "she stopped all her meds on purpose and won't say why",
    })
    void selfHarmGetsTheCrisisLine(String message) {
        RedFlagResult r = screen.screen(message);
        RuleFamilies.assertCaught(r, message, RedFlagCategory.SELF_HARM);
        assertThat(r.crisis()).as(message + " (rule " + r.ruleId() + ")").isTrue();
    }

    /**
     * A medicine taken by mistake gets Poison Help without the crisis line; one taken because the
     * writer cannot go on gets both.
     */
    @ParameterizedTest(name = "{0} crisis={1}")
    @CsvSource(delimiter = '|', textBlock = """
            i've been giving my son his methotrexate every day instead of once a week                     | false
            mom took her once a week alendronate pill every day for 5 days                                | false
            i've been taking my weekly pill daily since sunday                                            | false
            dad took his methotrexate every morning instead of once a week                                | false
            she's been taking her weekly methotrexate dose every day by accident                          | false
            grandma mixed up her pill box and took double of everything this morning, she's dizzy         | false
            dad mixed up his pill organizer and now he's really confused                                  | false
            my husband took double of all his heart pills                                                 | false
            i mixed up my dosette and took tuesday and wednesday together                                 | false
            she took a double of everything in her pillbox                                                | false
            the nurse handed my dad another patient's pills by mistake and now he's really sleepy         | false
            my mom was given someone else's meds at the nursing home                                      | false
            the aide gave him another resident's tablets and he's drowsy                                  | false
            my son was handed somebody else's medication at school                                        | false
            i took all my pain pills because i can't take it anymore                                      | true
            she swallowed a whole bottle of tylenol, says she's tired of fighting                         | true
            he took a handful of his sleeping pills, he couldn't take it any longer                       | true
            i overdosed on my xanax because i'm sick of everything                                        | true
            took all my oxy so i can just drift away                                                      | true
            """)
    void poisoningWithPoisonHelp(String message, boolean crisis) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.category()).as(message + " (rule " + r.ruleId() + ")").isEqualTo(RedFlagCategory.POISONING);
        assertThat(r.crisis()).as(message).isEqualTo(crisis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my leg muscles keep twitching on and off for days, low magnesium?",
            "my eyelid keeps twitching over and over, is that stress",
            "my thumb twitches every so often, should i worry",
            "i can't find the words to thank the nurses enough",
            "what are fever fits, can chemo cause them?",
            "my boss is having some kind of fit about the deadline",
            "my toddler throws a fit back to back every evening",
            "my neck went stiff after sleeping funny and my hands shake from coffee",
            "we're giving away my grandpa's old books to the library",
            "said goodbye to my coworkers in a weird way today lol",
            "gave away my old clothes and feel great",
            "i mixed up my pill organizer but caught it before taking anything",
            "is it dangerous to take my weekly methotrexate every day?",
            "my doctor switched my methotrexate from weekly to daily folic acid",
            "the bandage on my knee got soaked in the rain",
            "my dressing got soaked in the shower, should i change it",
            "my period is heavy, i change my pad every 4 hours",
            "she vomited pink stuff after drinking red gatorade",
            "he threw up pink stuff after eating strawberry yogurt",
            "dad walked into the glass door at the mall lol, he's fine, no headache",
            "the pulse ox read 85 once when my hands were cold but i feel fine",
            "my rope swing broke, can't stop thinking about fixing it",
            "i love watching the elephants at the zoo, my chest got a rash though",
            "my son keeps getting lost in his own thoughts at school",
            "rubbing my chest with vicks helps my cough",
            "i stopped taking my vitamins, is that ok",
            "blood jelly donuts are my favourite",
            "our cat walked into the door, lol",
            "grandpa gets lost in his own stories, is that normal aging",
            "she's in a fog from the chemo brain, what helps",
    })
    void lookAlikesStayQuiet(String message) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }
}
