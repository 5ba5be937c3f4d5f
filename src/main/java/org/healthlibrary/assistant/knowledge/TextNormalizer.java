package org.healthlibrary.assistant.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one character-level normaliser every package reads text through: superscript powers as
 * {@code ^digits} ({@code 10⁹} becomes {@code 10^9}, {@code mm³} becomes {@code mm3}),
 * {@code º}/{@code ˚} as {@code °}, then Unicode compatibility folding (NFKC: full-width digits
 * and letters, ligatures, {@code ㎕}), Arabic-Indic and Extended Arabic-Indic digits as ASCII
 * (with the Arabic decimal and thousands separators as {@code .} and {@code ,}),
 * zero-width characters removed (U+200B-U+200D, U+2060, U+FEFF, soft hyphen U+00AD), curly
 * apostrophes and quotes as ASCII, dashes and minus as {@code -}, {@code µ}/{@code μ} as
 * {@code u}, {@code ×} as {@code x}, every blank as one space and every line break as
 * {@code \n}, and lower case. It does not collapse runs of spaces and does not fix spelling:
 * those are a feature's own choices (safety collapses and applies its spelling fixes on top).
 *
 * <p>Why one: before, {@code cbc} and {@code safety} each had a normaliser and they folded
 * differently (a zero-width space survived in one of them). Stateless and thread-safe; linear
 * in the length of the text.
 */
public final class TextNormalizer {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Marks a character that {@link #normalize} removes. */
    private static final char REMOVE = '\uFFFF';

    private TextNormalizer() {
    }

    /** The normalised, lower-case form of {@code text}; {@code null} becomes the empty string. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(powers(text), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != REMOVE) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Same-length folding for callers that map positions back to the raw text: every character
     * is folded as in {@link #normalize} (without NFKC and superscripts), an invisible character
     * becomes a space instead of being removed, and the case is kept.
     */
    public static String foldKeepingLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            out.append(c == REMOVE ? ' ' : c);
        }
        return out.toString();
    }

    /** True for the ASCII digits 0-9 (the only digits left after {@link #normalize}). */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One character folded; {@link #REMOVE} for an invisible one. */
    private static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> REMOVE;
            case '\u2018', '\u2019', '\u201B', '\u02BC', '\u00B4', '`', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00B5', '\u03BC' -> 'u';
            case '\u00D7', '\u2715', '\u2A2F' -> 'x';
            case '\u00BA', '\u02DA' -> '\u00B0';
            case '\uFF0C', '\u066C' -> ',';
            case '\u066B' -> '.';
            case '\r', '\u2028', '\u2029', '\u0085' -> '\n';
            default -> c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c)) ? ' ' : c;
        };
    }

    /**
     * What must happen before NFKC, which would lose it: superscript digits as plain digits with
     * a {@code ^} before a run that follows a digit ({@code 10⁹} is ten to the ninth, not 109),
     * and the ordinal {@code º} and ring {@code ˚} typed for degrees as {@code °}.
     */
    private static String powers(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int sup = SUPERSCRIPTS.indexOf(c);
            if (sup < 0 && c != '\u00BA' && c != '\u02DA') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 4).append(text, 0, i);
            }
            if (sup < 0) {
                out.append('\u00B0');
                continue;
            }
            boolean runStart = i == 0 || SUPERSCRIPTS.indexOf(text.charAt(i - 1)) < 0;
            if (runStart && i > 0 && isAsciiDigit(fold(text.charAt(i - 1)))) {
                out.append('^');
            }
            out.append((char) ('0' + sup));
        }
        return out == null ? text : out.toString();
    }
}
