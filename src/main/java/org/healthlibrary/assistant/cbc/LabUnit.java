package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.knowledge.TextNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * The units a CBC value may be given in, each with the spellings people and lab reports use
 * (lower case; a space stands for "one or more blanks"; blanks around symbols are optional).
 * Which unit suits which analyte, and the conversion factors, live in {@link UnitNormalizer}.
 * Immutable; the alias lists are shared read-only.
 */
public enum LabUnit {
    /** Grams per decilitre (hemoglobin's normalised unit). */
    G_PER_DL("g/dL", List.of("g/dl", "gm/dl", "gms/dl", "grams/dl", "gram/dl", "g/100ml", "g%", "gm%",
            "g per dl", "grams per dl", "grams per deciliter", "grams per decilitre", "gram per deciliter",
            "g/deciliter")),
    /** Grams per litre (hemoglobin x 10). For a cell count, read as giga per litre (G/L = x10^9/L). */
    G_PER_L("g/L", List.of("g/l", "gm/l", "gms/l", "grams/l", "g per l", "grams per liter", "grams per litre",
            "g/liter", "g/litre")),
    /** Millimoles per litre (hemoglobin; 10 g/dL = 6.206 mmol/L). */
    MMOL_PER_L("mmol/L", List.of("mmol/l", "mmol", "mmol per liter", "mmol per litre")),
    /** Percent: hematocrit, or the neutrophil/lymphocyte share of a differential. */
    PERCENT("%", List.of("%", "percent", "per cent", "pct", "percentage")),
    /** Litre per litre, the SI form of the hematocrit (0.40 L/L = 40%). */
    L_PER_L("L/L", List.of("l/l")),
    /** x10^9 per litre, equal to x10^3/uL, K/uL, thou/uL and /nL (counts' normalised unit). */
    E9_PER_L("x10^9/L", List.of("x10^9/l", "x10^9", "10^9/l", "10^9", "*10^9/l", "*10^9", "x10e9/l", "10e9/l",
            "x10e9", "e9/l", "x10*9/l", "10*9/l", "x109/l", "x10(9)/l", "10(9)/l", "x10^9 per l",
            "x10^9 per liter", "x10^9 per litre", "x10^9/liter", "x10^9/litre", "10^9/liter", "10^9/litre",
            "x10^3/ul", "10^3/ul", "x10^3/mcl", "10^3/mcl", "x10^3/mm3", "10^3/mm3", "x10^3/cumm",
            "x10^3", "10^3", "x10e3/ul", "10e3/ul", "x10(3)/ul", "k/ul", "k/mcl", "k/mm3", "k/cumm",
            "k/cmm", "thou/ul", "thou/mcl", "thou/mm3", "thou/cumm", "/nl", "giga/l", "g/nl"),
            portalSpellings("3", "/ul", "/mcl", "/mm3", "/cumm", "/cmm"), portalSpellings("9", "/l")),
    /** Cells per microlitre, equal to /mm3 and /cumm (divide by 1000 for x10^9/L). */
    PER_UL("/uL", List.of("/ul", "/mcl", "/mm3", "/cumm", "/cmm", "/cu mm", "/microliter", "/microlitre",
            "cells/ul", "cells/mcl", "cells/mm3", "cells/cumm", "cells per ul", "cells per microliter",
            "per ul", "per mcl", "per microliter", "per microlitre", "per mm3", "per cubic millimeter",
            "per cubic millimetre", "per cumm", "per cu mm")),
    /** x10^12 per litre, equal to million/uL (red cells' normalised unit). */
    E12_PER_L("x10^12/L", List.of("x10^12/l", "x10^12", "10^12/l", "10^12", "*10^12/l", "x10e12/l", "10e12/l",
            "x10e12", "e12/l", "x10*12/l", "10*12/l", "x1012/l", "x10(12)/l", "x10^12 per l",
            "x10^12/liter", "x10^12/litre", "x10^6/ul", "10^6/ul", "x10^6/mcl", "10^6/mcl", "x10^6/mm3",
            "10^6/mm3", "x10e6/ul", "m/ul", "m/mcl", "m/mm3", "mil/ul", "mill/ul", "mill/mm3",
            "million/ul", "million/mcl", "million/mm3", "million per ul", "million per microliter",
            "million per microlitre", "millions/ul", "t/l", "tera/l"),
            portalSpellings("6", "/ul", "/mcl", "/mm3", "/cumm", "/cmm"), portalSpellings("12", "/l")),
    /** Femtolitres (MCV's normalised unit; 1 fL = 1 cubic micrometre). */
    FL("fL", List.of("fl", "femtoliter", "femtoliters", "femtolitre", "femtolitres", "um3", "cubic microns",
            "cubic micrometers", "cubic micrometres"));

    private final String symbol;
    private final List<String> aliases;

    LabUnit(String symbol, List<String> aliases) {
        this.symbol = symbol;
        this.aliases = aliases;
    }

    /** The hand-listed spellings followed by the generated portal spellings, duplicates dropped. */
    LabUnit(String symbol, List<String> aliases, List<String> portal, List<String> portalSi) {
        this(symbol, joined(aliases, portal, portalSi));
    }

    /**
     * Every way a patient portal writes "ten to the {@code exponent}" followed by one of
     * {@code per}: with or without the leading {@code x} or {@code *}, the exponent after
     * {@code ^}, {@code e}, {@code E}, {@code *} or in parentheses ({@code x10(3)/mcL},
     * {@code 10*3/uL}, {@code x10E3/uL}, {@code x10^3/µL}; {@code µL} is normalised to {@code ul} before matching).
     */
    private static List<String> portalSpellings(String exponent, String... per) {
        List<String> out = new java.util.ArrayList<>();
        for (String lead : List.of("x10", "10", "*10")) {
            for (String power : List.of("^" + exponent, "e" + exponent, "*" + exponent, "(" + exponent + ")",
                    "^(" + exponent + ")", "**" + exponent)) {
                for (String unit : per) {
                    out.add(lead + power + unit);
                }
            }
        }
        return out;
    }

    private static List<String> joined(List<String> a, List<String> b, List<String> c) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        return List.copyOf(all);
    }

    /** The conventional way to write the unit, e.g. {@code "x10^9/L"}. */
    public String symbol() {
        return symbol;
    }

    /** Lower-case spellings recognised for this unit. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Reads a unit as typed in structured input ({@code "K/uL"}, {@code "x10^9/L"},
     * {@code "10⁹/L"}, {@code "g/dL"}...). The whole text must be one recognised spelling.
     *
     * @return the unit, or empty when the text is blank or not a unit we know
     */
    public static Optional<LabUnit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String norm = TextNormalizer.normalize(text.strip());
        UnitLexicon.Match m = UnitLexicon.matchAt(norm, 0);
        if (m != null && m.unit() != null && m.multiplier() == 1.0 && m.end() == norm.length()) {
            return Optional.of(m.unit());
        }
        return Optional.empty();
    }
}
