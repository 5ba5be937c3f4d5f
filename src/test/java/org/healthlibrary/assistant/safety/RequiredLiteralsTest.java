package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralsTest {

    /** Each set sorted (a literal with an outer space quoted), the sets smallest first, joined with ' ; '. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~~ ", quoteCharacter = '"', textBlock = """
            \\bchest pain\\b ~~ "chest pain"
            \\bbreaths? hard ~~ "breath ; ' hard'"
            \\bhow (?:much|many) of ~~ "'how ' ; ' of' ; many|much"
            \\bfoo (?:bar )?baz ~~ "'foo ' ; baz"
            a(?:x|y){1,3}?b ~~ "a ; b ; x|y"
            a(?:x|y)++b ~~ "a ; b ; x|y"
            a(?:x|y){0,3}b ~~ "a ; b"
            a(?:x|y)*?b ~~ "a ; b"
            \\bcan(?! not) go ~~ "can ; ' go'"
            foo(?=bar) ~~ "foo"
            (?<!no )fever ~~ "fever"
            1\\.5 mg ~~ "1.5 mg"
            \\s+and\\s* ~~ "and"
            \\d{1,2} ?(?:am|pm) ~~ "am|pm ; 0|1|2|3|4|5|6|7|8|9"
            [ab]c ~~ "c ; a|b"
            [a-z]{3,}azole ~~ "azole"
            [^a]x ~~ "x"
            (foo)bar ~~ "bar"
            foo\\1bar ~~ "foo"
            \\p{L}bar ~~ ""
            (?:foo|)bar ~~ "bar"
            (?:foo|\\s+x)bar ~~ "bar"
            a*b ~~ "b"
            ab+c ~~ "ab ; c"
            x{2}y ~~ "x ; y"
            x{2,}?y ~~ "x ; y"
            x.y ~~ "x ; y"
            ^x$ ~~ "x"
            (?:stroke|s) ~~ "s"
            (?:pill|pills|tablet) ~~ "pill|tablet"
            (?:instead of|rather than) ~~ "instead of|rather than"
            """)
    void readsOnlyWhatEveryMatchContains(String branch, String expected) {
        List<Set<String>> sets = RequiredLiterals.of(branch);
        String shown = sets.stream()
                .map(s -> new TreeSet<>(s).stream().map(l -> l.startsWith(" ") || l.endsWith(" ") ? "'" + l + "'" : l).collect(Collectors.joining("|")))
                .collect(Collectors.joining(" ; "));
        assertThat(shown).isEqualTo(expected == null ? "" : expected);
    }
}
