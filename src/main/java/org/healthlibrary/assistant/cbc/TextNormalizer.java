package org.healthlibrary.assistant.cbc;

import java.util.Locale;

/**
 * Puts text into the one form the lexer reads: lower case, {@code µ}/{@code μ} as {@code u},
 * {@code ×} as {@code x}, dashes as {@code -}, superscript powers as {@code ^digits}
 * ({@code 10⁹} becomes {@code 10^9}; {@code mm³} becomes {@code mm3}), blanks as a space and
 * line breaks as {@code \n}. Stateless and thread-safe; linear in the text length.
 */
final class TextNormalizer {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int sup = SUPERSCRIPTS.indexOf(c);
            if (sup >= 0) {
                boolean runStart = i == 0 || SUPERSCRIPTS.indexOf(lower.charAt(i - 1)) < 0;
                if (runStart && i > 0 && isAsciiDigit(lower.charAt(i - 1))) {
                    out.append('^');
                }
                out.append((char) ('0' + sup));
                continue;
            }
            out.append(switch (c) {
                case 'µ', 'μ' -> 'u';
                case '×', '✕', '⨯' -> 'x';
                case 'º', '˚' -> '°';
                case '–', '—', '−', '‐', '‑', '‒' -> '-';
                case '\r', '\u2028', '\u2029' -> '\n';
                case '，' -> ',';
                case '’', '‘', '`' -> '\'';
                default -> c != '\n' && Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' ? ' ' : c;
            });
        }
        return out.toString();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
