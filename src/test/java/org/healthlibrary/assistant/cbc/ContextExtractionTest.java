package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sex, age, pregnancy, temperature, fever, chemotherapy and child as read from text. */
class ContextExtractionTest {

    private final LabTextExtractor extractor = new LabTextExtractor(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            I'm a 34 year old woman, hgb 11                 | FEMALE  | 34
            34-year-old female                              | FEMALE  | 34
            I'm 34F, hgb 11.8                               | FEMALE  | 34
            34 yo male hgb 13                               | MALE    | 34
            34yo man                                        | MALE    | 34
            I'm a man, hgb 13                               | MALE    | -
            oh man, my hgb is 13                            | UNKNOWN | -
            I am 52, platelets 90                           | UNKNOWN | 52
            I'm 34, hemoglobin 12.5                         | UNKNOWN | 34
            age 70, hgb 12                                  | UNKNOWN | 70
            aged 70                                         | UNKNOWN | 70
            age: 8                                          | UNKNOWN | 8
            18 month old with hemoglobin 10.2               | UNKNOWN | 1.5
            a 6 year old girl                               | FEMALE  | 6
            my 6 year old son has hgb 10.9                  | MALE    | 6
            thirty four year old woman                      | FEMALE  | 34
            34 y/o f                                        | UNKNOWN | 34
            a woman and a man                               | UNKNOWN | -
            hgb 11                                          | UNKNOWN | -
            """)
    void readsSexAndAge(String text, Sex sex, Double age) {
        LabContext c = extractor.extract(text).context();
        assertThat(c.sex()).isEqualTo(sex);
        assertThat(c.ageYears()).isEqualTo(age);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            I'm 20 weeks pregnant, hb 10.2         | true  | 2
            I'm pregnant, hb 10.2                  | true  | -
            second trimester, hb 10.7              | true  | 2
            hb 10.7 in my 3rd trimester            | true  | 3
            first trimester hb 11                  | true  | 1
            pregnant at 30 weeks                   | true  | 3
            12 weeks pregnant                      | true  | 1
            I am not pregnant, hgb 11.5            | false | -
            I'm not pregnant                       | false | -
            can pregnancy lower platelets?         | false | -
            pregnant, platelets 2 weeks ago 120    | true  | -
            hgb 11                                 | false | -
            """)
    void readsPregnancyAndTrimester(String text, boolean pregnant, Integer trimester) {
        LabContext c = extractor.extract(text).context();
        assertThat(c.pregnant()).isEqualTo(pregnant);
        assertThat(c.trimester()).isEqualTo(trimester);
        if (pregnant) {
            assertThat(c.sex()).isEqualTo(Sex.FEMALE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            temp 101.2                                 | 38.4 | false | false
            temperature was 38.6                       | 38.6 | false | false
            38.6 C                                     | 38.6 | false | false
            38.6°C                                     | 38.6 | false | false
            101.2°F                                    | 38.4 | false | false
            100.4 F                                    | 38   | false | false
            fever of 101                               | 38.3 | true  | false
            fever 39                                   | 39   | true  | false
            temp 37.2 and 38.1                         | 37.2 | false | false
            I had 38.2 C then 38.9 C                   | 38.9 | false | false
            I have a fever                             | -    | true  | false
            feverish, on chemo                         | -    | true  | true
            no fever                                   | -    | false | false
            fever-free                                 | -    | false | false
            what if I get a fever?                     | -    | false | false
            I'm on chemotherapy                        | -    | false | true
            not on chemo                               | -    | false | false
            I never had chemo                          | -    | false | false
            fever for 3 days                           | -    | true  | false
            call if temp over 38                       | -    | false | false
            told to come in over 38.3, is that 38.3 under the arm | - | false | false
            the leaflet says go in above 100.5 on chemo, is it 100.5 by mouth | - | false | true
            is it bad that my temp is 38.5 on chemo    | 38.5 | false | true
            fiebre de 38.7 con la quimio               | 38.7 | true  | true
            """)
    void readsTemperatureFeverAndChemotherapy(String text, Double temperatureC, boolean fever, boolean chemo) {
        LabContext c = extractor.extract(text).context();
        assertThat(c.temperatureC()).isEqualTo(temperatureC);
        assertThat(c.feverReported()).isEqualTo(fever);
        assertThat(c.onChemotherapy()).isEqualTo(chemo);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my toddler's hemoglobin is 10.2   | true
            my child has platelets of 90      | true
            my daughter's hemoglobin is 10    | false
            hgb 10                            | false
            """)
    void notesAChildWithoutAnAge(String text, boolean child) {
        assertThat(extractor.extract(text).context().childMentioned()).isEqualTo(child);
    }
}
