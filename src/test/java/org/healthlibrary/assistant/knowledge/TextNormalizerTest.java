package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            WBC 3.1                         | wbc 3.1
            ＷＢＣ　３．１                   | wbc 3.1
            hgb ٩٫٥                         | hgb 9.5
            plt ١٥٠                         | plt 150
            plt ۱۵۰                         | plt 150
            ch\u200Best pain                | chest pain
            no\u200C\u200D\u2060\uFEFF fever | no fever
            soft\u00ADhyphen                | softhyphen
            I CAN’T “breathe”               | i can't "breathe"
            3–5 days — or −2                | 3-5 days - or -2
            10⁹/L                           | 10^9/l
            mm³                             | mm3
            150 × 10⁹                       | 150 x 10^9
            5 µL and 5 μL                   | 5 ul and 5 ul
            38º C                           | 38° c
            38˚ C                           | 38° c
            1，5                             | 1,5
            a\u00A0b\u202Fc\u2007d\te       | a b c d e
            """)
    void normalizes(String input, String expected) {
        assertThat(TextNormalizer.normalize(unescape(input))).isEqualTo(unescape(expected));
    }

    @Test
    void lineBreaksBecomeOneNewlineEachAndSpacesAreNotCollapsed() {
        assertThat(TextNormalizer.normalize("a\r\nb\u2028c  d")).isEqualTo("a\n\nb\nc  d");
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
    }

    @Test
    void foldingKeepsLengthSoPositionsMapBack() {
        String s = "“Ignore” – your\u00A0rules’\u200B";
        assertThat(TextNormalizer.foldKeepingLength(s)).hasSameSizeAs(s).isEqualTo("\"Ignore\" - your rules' ");
    }

    @Test
    void onlyAsciiDigitsAreAsciiDigits() {
        assertThat(TextNormalizer.isAsciiDigit('7')).isTrue();
        assertThat(TextNormalizer.isAsciiDigit('٧')).isFalse();
        assertThat(TextNormalizer.isAsciiDigit('a')).isFalse();
    }

    /** CsvSource keeps backslash escapes literally; tests write invisible characters as escapes. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\t", i)) {
                out.append('\t');
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
