package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLinksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://h.org/health/low-platelets                  | low-platelets",
            "https://h.org/health/low-platelets/                 | low-platelets",
            "https://h.org/topics/PolycythemiaVera.aspx?x=1      | polycythemia-vera",
            "https://h.org/health/Iron%20Deficiency.html#causes  | iron-deficiency",
            "/health/b12-deficiency.htm                          | b12-deficiency",
            "https://h.org/                                      | ",
            "https://h.org/health/index.html                     | ",
            "                                                    | "})
    void idOfAnAddressIsItsLastPathSegment(String url, String expected) {
        assertThat(PageLinks.idOf(url)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sickle Cell Disease _ Example Medical Center.html | sickle-cell-disease-example-medical-center",
            "anemia.htm                                        | anemia",
            "B12Deficiency.HTML                                | b12-deficiency"})
    void idOfAFileNameIsItsSlug(String fileName, String expected) {
        assertThat(PageLinks.idOfFileName(fileName)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/health/anemia                        | anemia",
            "../conditions/leukemia/               | leukemia",
            "https://h.org/health/neutropenia.html | neutropenia",
            "HTTPS://H.ORG/health/neutropenia      | neutropenia",
            "https://other.org/health/anemia       | ",
            "#symptoms                             | ",
            "mailto:library@h.org                  | ",
            "tel:+15551234567                      | ",
            "javascript:void(0)                    | ",
            "https://h.org/                        | "})
    void onlyLinksIntoTheSameLibraryAreInternal(String href, String expected) {
        assertThat(new PageLinks("https://h.org/health/page").internalTarget(href)).isEqualTo(Optional.ofNullable(expected));
    }
}
