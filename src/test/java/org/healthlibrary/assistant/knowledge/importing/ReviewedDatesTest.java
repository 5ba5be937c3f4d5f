package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Last reviewed: 03/2024                 | 2024-03-01",
            "Reviewed on March 12, 2024             | 2024-03-12",
            "Medically reviewed on 12 March 2024    | 2024-03-12",
            "Reviewed: Jan 5th, 2025                | 2025-01-05",
            "Reviewed Sept. 2023                    | 2023-09-01",
            "reviewed 2024-03-12T10:00:00Z          | 2024-03-12",
            "Reviewed: 03/12/2024                   | 2024-03-12",
            "Reviewed: 25/12/2023                   | 2023-12-25",
            "Reviewed: 31.01.2022                   | 2022-01-31",
            "Reviewed: 13/2024                      | ",
            "Reviewed soon                          | "})
    void parsesTheFirstDateInALine(String text, LocalDate expected) {
        assertThat(ReviewedDates.parse(text)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "meta wins over the visible line          | <meta name='last-reviewed' content='2025-02-03'> | <p>Last reviewed: 03/2024</p>                         | 2025-02-03",
            "a time element wins over the line text   |                                                  | <p>Reviewed <time datetime='2024-05-06'>in May</time></p> | 2024-05-06",
            "last updated is not a review             |                                                  | <p>Last updated 01/01/2020</p>                        | ",
            "a long paragraph is not a review line    |                                                  | <p>Reviewed studies from 2019 show that people who eat more iron-rich food, such as beans, meat and leafy greens, often have fewer symptoms of anemia than people who eat less of it, though many other things matter too and your provider can tell you more.</p> | "})
    void findsTheReviewDateOfAPage(String name, String head, String body, LocalDate expected) {
        String html = "<html><head>" + (head == null ? "" : head) + "</head><body>" + body + "</body></html>";

        assertThat(ReviewedDates.find(Jsoup.parse(html))).isEqualTo(Optional.ofNullable(expected));
    }
}
