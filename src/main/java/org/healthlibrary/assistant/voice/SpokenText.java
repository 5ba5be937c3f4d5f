package org.healthlibrary.assistant.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Sentences;

/**
 * Turns written answer text into plain text for speech: no URLs, reference marks ({@code [1]},
 * {@code [^2]}), Markdown or HTML; abbreviations, units and symbols in words
 * ({@link SpokenUnits}); list items as sentences. Also splits text into sentences and escapes
 * it for SSML. Stateless and thread-safe.
 */
final class SpokenText {

    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    /** A URL with the words that only point to it: "(see https://...)", "at www...". */
    private static final Pattern URL = Pattern.compile("(?i)(?:\\s*\\((?:see|visit|at)?\\s*)?(?:\\s+(?:at|see|visit|go to|on))?"
            + "\\s*(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]](?:\\s*\\))?");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]{0,200}>");
    private static final Pattern REF_MARK = Pattern.compile("\\[\\^?\\d+(?:\\s*[,–-]\\s*\\d+)*\\]|\\[\\^[\\w-]+\\]");
    private static final Pattern SUPERSCRIPT_MARK = Pattern.compile("(?<=[\\p{L}.,;)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`+|(?<![\\w*])[*_](?=\\S)|(?<=\\S)[*_](?![\\w*])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[,;:]?\\s*\\)|\\[\\s*\\]");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([.,;:!?])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\uFFFE\\uFFFF]");

    private static final String[][] ABBREVIATIONS = {
            {"(?i)\\be\\.g\\.,?", "for example,"}, {"(?i)\\bi\\.e\\.,?", "that is,"}, {"(?i)\\betc\\.", "and so on."},
            {"(?i)\\bvs\\.?(?=\\s)", "versus"}, {"\\bDr\\.(?=\\s)", "Doctor"}, {"(?i)\\bapprox\\.", "about"},
            {"\\bNo\\.(?=\\s*\\d)", "number"}};

    private SpokenText() {
    }

    /** {@code text} cleaned for speech, on one line. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = CONTROL.matcher(text).replaceAll(" ");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = URL.matcher(s).replaceAll("");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = REF_MARK.matcher(s).replaceAll("");
        s = SpokenUnits.read(s);
        s = SUPERSCRIPT_MARK.matcher(s).replaceAll("");
        s = lines(s);
        s = EMPHASIS.matcher(s).replaceAll("");
        for (String[] a : ABBREVIATIONS) {
            s = s.replaceAll(a[0], a[1]);
        }
        s = EMPTY_BRACKETS.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        s = s.replaceAll("([.!?])[.,;:]+", "$1").replaceAll(",(?=[.!?])", "");
        return s.strip();
    }

    /** Headings, bullets and quotes dropped; a line that ends without punctuation becomes a sentence. */
    private static String lines(String s) {
        if (s.indexOf('\n') < 0 && !BULLET.matcher(s).find() && !HEADING.matcher(s).find()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\\R")) {
            String l = QUOTE.matcher(BULLET.matcher(HEADING.matcher(line).replaceFirst("")).replaceFirst(""))
                    .replaceFirst("").strip();
            if (l.isEmpty()) {
                continue;
            }
            out.append(l);
            if (!l.matches(".*[.!?:;][\"”’)]?$")) {
                out.append('.');
            }
            out.append(' ');
        }
        return out.toString();
    }

    /** The sentences of cleaned text. */
    static List<String> sentences(String cleaned) {
        List<String> out = new ArrayList<>();
        for (String s : Sentences.split(cleaned)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The number of words in {@code text}. */
    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    /** The first {@code max} words of {@code sentence}, ended with a full stop. */
    static String firstWords(String sentence, int max) {
        String[] w = SPACES.split(sentence.strip());
        if (w.length <= max) {
            return sentence;
        }
        String cut = String.join(" ", Arrays.copyOf(w, max)).replaceAll("[,;:\\-–]+$", "");
        return cut + ".";
    }

    /** {@code text} escaped for SSML (XML). */
    static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
