package org.healthlibrary.assistant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a JSONL line that has no {@code section} of its own, so that its citations
 * name what the passage is about rather than all saying "Overview". A line whose text has
 * labelled lines ("Symptoms:", "Causes: ...", "When to call your provider:") is split at them,
 * each label a section (text before the first label is the overview); otherwise the whole text
 * is one section, named by the kind its title ends with ("Anemia - symptoms": Symptoms; MedQuAD
 * and other question-answer corpora title their lines this way), else Overview. Only the
 * section names of health articles count as labels, so "Brand name product:" or "Treatment may
 * include the following:" stay text. Stateless and thread-safe.
 */
public final class JsonlSections {

    /** Labels of health-article sections, as a line's whole lead ("Symptoms:", "Signs and symptoms:"). */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(#+\\s*)?(?<label>(signs and )?symptoms|causes?|risk factors|who is at risk|diagnosis|diagnosis and tests|tests"
                    + "|exams and tests|treatments?|treatment options|outlook|outlook \\(prognosis\\)|prognosis|prevention"
                    + "|complications|inheritance|genetic changes|frequency|when to (call|contact) (your|a) (provider|doctor)"
                    + "|when to call|when to get help|overview|summary|key points|self-care|home care|side effects"
                    + "|possible complications|living with it)\\s*:\\s*(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final String TITLE_KIND_SEPARATOR = " - ";

    private JsonlSections() {
    }

    /** One section: its heading and text. */
    public record Section(String heading, String text) {
    }

    /** The sections of a line titled {@code title} with text {@code text}; never empty. */
    public static List<Section> of(String title, String text) {
        List<Section> out = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher m = LABEL.matcher(line);
            if (m.matches()) {
                add(out, heading, body);
                heading = capitalized(m.group("label"));
                body.setLength(0);
                if (!m.group("rest").isBlank()) {
                    body.append(m.group("rest").strip()).append('\n');
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (out.isEmpty() && heading == null) {
            return List.of(new Section(ofTitle(title), text.strip()));
        }
        add(out, heading, body);
        return List.copyOf(out);
    }

    /** The kind a title ends with ("Anemia - symptoms": Symptoms), or Overview. */
    static String ofTitle(String title) {
        int at = title.lastIndexOf(TITLE_KIND_SEPARATOR);
        String kind = at < 0 ? "" : title.substring(at + TITLE_KIND_SEPARATOR.length()).strip();
        if (kind.isEmpty() || kind.equalsIgnoreCase("information") || kind.split("\\s+").length > 4) {
            return SectionChunker.OVERVIEW;
        }
        return capitalized(kind);
    }

    private static void add(List<Section> out, String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Section(heading == null ? SectionChunker.OVERVIEW : heading, text));
        }
    }

    private static String capitalized(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
