package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of CBC interpretation: extraction plus classification of a typical patient
 * message (target: under 50 microseconds on one core), and each half on its own. Run it as
 * described in {@code docs/benchmarks.md}; it is a program that prints figures, not a test.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class CbcBenchmark {

    /** A typical message: context, four values with units, spoken and per-microlitre forms, a lab range. */
    static final String TYPICAL = "Hi, I'm a 34 year old woman on chemo. My results today: hemoglobin 9.1 g/dL, "
            + "WBC 3.2, ANC eight hundred, platelets 85,000 (150-400). Temp was 101.2 last night. What does this mean?";

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);
    private final LabRequest structured = LabRequest.of(List.of(
            LabValue.of(Analyte.HEMOGLOBIN, 9.1, LabUnit.G_PER_DL), LabValue.of(Analyte.WBC, 3.2, null),
            LabValue.of(Analyte.ANC, 800, null), new LabValue(Analyte.PLATELETS, 85_000, null,
                    new LabRange(150, 400, null))),
            LabContext.UNKNOWN.withSex(Sex.FEMALE).withAgeYears(34.0).withOnChemotherapy(true).withTemperatureC(38.4));

    @Benchmark
    public CbcReport extractAndClassify() {
        return interpreter.interpret(TYPICAL);
    }

    @Benchmark
    public LabExtraction extractOnly() {
        return interpreter.extract(TYPICAL);
    }

    @Benchmark
    public CbcReport classifyOnly() {
        return interpreter.interpret(structured);
    }
}
