package org.healthlibrary.assistant.cbc;

/**
 * One lexical item of a message: a word, a symbol, or a number with what was written after
 * it. Offsets index the normalised text. Immutable.
 */
sealed interface Token permits Token.Word, Token.Sym, Token.Num {

    int start();

    int end();

    /** A run of letters, lower case. */
    record Word(String text, int start, int end) implements Token {
    }

    /** A single non-letter, non-digit character other than a blank ({@code \n} is kept). */
    record Sym(char c, int start, int end) implements Token {
    }

    /**
     * A number, written in digits or in words, with any unit, multiplier or temperature unit
     * that followed it already applied to {@code value}.
     *
     * @param value        the number after any multiplier ({@code 85k} gives 85000)
     * @param unit         the lab unit written after it, or {@code null}
     * @param temp         the temperature unit written after it, or {@code null}
     * @param integer      true when written without a decimal part
     * @param spoken       true when written in words
     * @param gluedLeft    true when a letter touches its first digit ({@code b12}, {@code hgb9})
     * @param suffixGlued  true when the unit or temperature letter touches the number ({@code 34f})
     * @param start        offset of the first character
     * @param end          offset after the unit, if any
     */
    record Num(double value, LabUnit unit, TempUnit temp, boolean integer, boolean spoken, boolean gluedLeft,
               boolean suffixGlued, int start, int end) implements Token {

        /** True when neither a lab unit nor a temperature unit was written. */
        boolean bare() {
            return unit == null && temp == null;
        }
    }
}
