package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bounded fuzzing of the extractor and classifier with arbitrary, long, unicode and
 * number-heavy strings: nothing throws and every classified value is within the plausible
 * bounds of its analyte. Tries are bounded so the whole class runs in seconds. Time is not
 * asserted here (a shared build machine makes any limit flaky): {@code CbcBenchmark} and the
 * long-message benchmark measure it.
 */
class ExtractorFuzzProperties {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @Property(tries = 2000)
    void anyShortStringIsSafe(@ForAll("anyText") String text) {
        check(text);
    }

    @Property(tries = 30)
    void longStringsAreSafe(@ForAll("longText") String text) {
        check(text);
    }

    @Property(tries = 2000)
    void numberHeavyStringsAreSafe(@ForAll("numberHeavy") String text) {
        check(text);
    }

    @Property(tries = 2500)
    void labLikeTokenSoupIsSafe(@ForAll("soup") String text) {
        check(text);
    }

    private void check(String text) {
        LabExtraction x = interpreter.extract(text);
        CbcReport r = interpreter.interpret(text);
        for (AnalyteResult a : r.analytes()) {
            assertThat(Double.isFinite(a.value())).isTrue();
            assertThat(a.analyte().isPlausible(a.value())).as("%s %s from %s", a.analyte(), a.value(), text).isTrue();
            assertThat(a.unit()).isEqualTo(a.analyte().unit());
            assertThat(a.grade() == null || a.grade() >= 1 && a.grade() <= 4).isTrue();
        }
        LabContext c = x.context();
        if (c.temperatureC() != null) {
            assertThat(c.temperatureC()).isBetween(30.0, 45.0);
        }
        if (c.ageYears() != null) {
            assertThat(c.ageYears()).isBetween(0.0, 120.0);
        }
        assertThat(r.urgency()).isNotNull();
        assertThat(r.summary()).isNotBlank();
        assertThat(r.reasons()).isNotEmpty();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> longText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(2000).ofMaxLength(20_000),
                Arbitraries.strings().withChars("0123456789.,- ").ofMinLength(5000).ofMaxLength(20_000),
                tokenSoup(2000));
    }

    @Provide
    Arbitrary<String> numberHeavy() {
        return Arbitraries.strings().withChars("0123456789.,-/:%()[]^*x×⁹³µkKmMgGdDlLuU ").ofMaxLength(120)
                .flatMap(s -> Arbitraries.of("hgb ", "plt ", "wbc ", "anc ", "temp ", "age ", "").map(p -> p + s));
    }

    @Provide
    Arbitrary<String> soup() {
        return tokenSoup(30);
    }

    /** Texts made of analyte names, units, numbers in digits and words, context words and punctuation. */
    static Arbitrary<String> tokenSoup(int maxTokens) {
        List<String> words = new ArrayList<>();
        for (Analyte a : Analyte.values()) {
            words.addAll(a.aliases());
        }
        for (LabUnit u : LabUnit.values()) {
            words.addAll(u.aliases());
        }
        words.addAll(List.of("nine", "point", "one", "fifty", "eighty-five", "thousand", "a", "hundred", "and",
                "lakh", "million", "k", "minus", "oh", "twenty", "year", "old", "yo", "woman", "man", "male",
                "female", "pregnant", "not", "weeks", "trimester", "second", "fever", "temp", "c", "f", "°", "chemo",
                "no", "if", "what", "is", "my", "was", "(", ")", "-", "to", "from", "ref", "range", "normal", ",", ".",
                "?", "bands", "%", "under", "below", "day", "cycle", "/", ":", "I'm", "age", "toddler", "son",
                "\n", "b12", "hba1c", "x", "10^9/L"));
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.doubles().between(-10, 300_000).ofScale(2).map(DisplayNumbers::format),
                Arbitraries.integers().between(0, 10_000_000).map(i -> String.format("%,d", i)),
                Arbitraries.integers().between(0, 999).map(i -> i + "k"),
                Arbitraries.integers().between(0, 999).map(i -> i + "-" + (i + 100)));
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(words)),
                net.jqwik.api.Tuple.of(2, number));
        return token.list().ofMaxSize(maxTokens).map(list -> String.join(" ", list));
    }
}
