package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseRequestDetectorTest {

    private final DoseRequestDetector detector = DoseRequestDetector.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            how many mg of iron should I take                      | true
            what dose of prednisone is right for ITP?              | true
            how much b12 should I take a day                       | true
            Can I double my folic acid dose?                       | true
            what's the maximum dose of tylenol with low platelets  | true
            how many iron pills a day is safe                      | true
            is 325 mg of ferrous sulfate too much?                 | true
            How much vitamin B12 do I need to inject?              | true
            how often should I take my iron tablets                | true
            what is the right dosage for my son                    | true
            should I take 2 tablets or 1                           | true
            does iron help with anemia?                            | false
            should I push my dexamethasone up to 8 since the nausea is bad | true
            the label says 250 but the doctor said 500, so two tablets?    | true
            can I give him half a children's tylenol                       | true
            how many hours between ibuprofen doses                          | true
            is my folic acid daily or once a week?                         | true
            how much vitamin d should an older man with low iron take      | true
            cuántas pastillas le doy a mi papá                             | true
            how often should someone with ITP have a blood test?           | false
            how long between chemo cycles usually?                          | false
            so is that a low count?                                        | false
            missed my evening pill, should I take two in the morning       | true
            how far apart can I take the advil and the tylenol             | true
            can I stick on another patch if the pain is back               | true
            I skipped a dose yesterday, should I make it up today          | true
            can I take my prednisone every other day to make it last       | true
            what's the upper limit of vitamin c a day                      | true
            how often can mom have her breakthrough oxycodone              | true
            ¿puedo tomar más hierro si sigo cansada?                       | true
            how much tylenol for my 3 year old, she's 30 lbs               | true
            infant motrin dose for 18 pounds                               | true
            missed my prednisone, take two tonight?                        | true
            can she take an extra one today since she missed one           | true
            is it ok to take oxycodone every 3 hours                       | true
            my zofran every 6 hours, is that too often                     | true
            how high can he go on morphine                                 | true
            are three advil too many with my blood thinner                 | true
            can I split my pill and take half more often                   | true
            how much zyrtec for the itching                                | true
            should he take another just in case he missed it               | true
            how much does claritin cost                                    | false
            is it ok to take tylenol for a headache on chemo               | false
            should I take another blood test next week                     | false
            can I take my iron with orange juice                           | false
            what foods are high in iron?                           | false
            how much does a blood transfusion cost?                | false
            how many platelets are normal?                         | false
            what is prednisone used for?                           | false
            can iron pills make your poop black?                   | false
            how much blood do they take for a CBC?                 | false
            """)
    void detectsDoseQuestions(String message, boolean expected) {
        assertThat(detector.isDoseRequest(message)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Take 325 mg of ferrous sulfate daily.                  | true
            "Adults usually take 1,000 mcg of B12."                | true
            take two tablets twice a day                           | true
            5 ml every 6 hours                                     | true
            Use 2 puffs when needed.                               | true
            1000 IU of vitamin D                                   | true
            take it twice a day with food                          | true
            Hemoglobin under 12 g/dL is low for women.             | false
            Platelets under 150 x10^9/L are low.                   | false
            A unit of blood holds about 300 ml of red cells.       | false
            A fever is 38.0 C (100.4 F) or higher.                 | false
            "A WBC of 4,500 per microliter is in range."           | false
            Take your medicine the way your provider prescribed.   | false
            Your body makes millions of red cells every second.    | false
            """)
    void findsDosesInAnswers(String answer, boolean expected) {
        assertThat(detector.containsDose(answer)).isEqualTo(expected);
    }

    @Test
    void replyRefusesAndPointsToProviderOrPharmacist() {
        assertThat(SafetyEnglish.DOSE_DECLINED)
                .startsWith("We do not give medicine doses.")
                .contains("healthcare provider or pharmacist");
        assertThat(detector.containsDose(SafetyEnglish.DOSE_DECLINED)).isFalse();
    }
}
