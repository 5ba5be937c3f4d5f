package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nine point one                        | 9.1
            two point eight                       | 2.8
            zero point five                       | 0.5
            point five                            | 0.5
            nine point oh five                    | 9.05
            twelve                                | 12
            ninety                                | 90
            eighty-five                           | 85
            eighty five                           | 85
            eighty-five thousand                  | 85000
            a hundred and fifty thousand          | 150000
            one hundred fifty thousand            | 150000
            one hundred and fifty                 | 150
            a hundred                             | 100
            twenty five hundred                   | 2500
            nineteen hundred                      | 1900
            four thousand five hundred            | 4500
            four point five thousand              | 4500
            one point five lakh                   | 150000
            two lakh                              | 200000
            one million                           | 1000000
            one fifty                             | 150
            one twenty five                       | 125
            two ten                               | 210
            one oh five                           | 105
            one fifty thousand                    | 150000
            zero                                  | 0
            minus five                            | -5
            negative two                          | -2
            """)
    void readsSpokenNumbers(String phrase, double expected) {
        assertThat(NumberWords.parse(phrase)).hasValue(expected);
    }

    @ParameterizedTest(name = "not one number: {0}")
    @ValueSource(strings = {"one", "a", "point", "thousand", "hello", "nine one", "five five", "twelve three",
            "hundred hundred", "minus", "", "nine point"})
    void rejectsWhatIsNotOneNumber(String phrase) {
        assertThat(NumberWords.parse(phrase)).isEmpty();
    }
}
