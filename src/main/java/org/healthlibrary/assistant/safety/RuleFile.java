package org.healthlibrary.assistant.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reader for the small line-based rule files under {@code src/main/resources/safety/}.
 *
 * <p>Format: one entry per line, {@code key rest-of-line}. Lines starting with {@code #} and
 * blank lines are ignored. An indented line is a child of the last unindented entry (for
 * example an {@code unless} pattern or a premise's {@code claim}). {@code define NAME regex}
 * declares a macro; {@code {NAME}} in any later value is replaced by {@code (?:regex)}.
 * Errors name the resource and line, so a bad edit fails loudly at start-up, never silently.
 *
 * <p>Immutable after {@link #load}; thread-safe.
 */
final class RuleFile {

    /** One unindented entry with its indented children. */
    record Entry(String resource, int line, String key, String value, List<Entry> children) {

        /** The value split once on whitespace: {@code [first word, rest]}; rest may be empty. */
        String[] firstAndRest() {
            String[] parts = value.split("\\s+", 2);
            return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
        }

        /** Compiles {@code regex} (already macro-expanded), naming this entry on failure. */
        Pattern compile(String regex) {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw fail("bad regex: " + e.getDescription() + " in " + regex);
            }
        }

        IllegalStateException fail(String message) {
            return new IllegalStateException(resource + ":" + line + ": " + message);
        }
    }

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");

    private final List<Entry> entries;

    private RuleFile(List<Entry> entries) {
        this.entries = entries;
    }

    /** The entries in file order, {@code define} lines removed. */
    List<Entry> entries() {
        return entries;
    }

    /** Loads and parses a classpath resource such as {@code /safety/red-flags.txt}. */
    static RuleFile load(String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
            return parse(resource, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Parses lines already read; {@code resource} is only used in error messages. */
    static RuleFile parse(String resource, List<String> lines) {
        Map<String, String> macros = new HashMap<>();
        List<Entry> top = new ArrayList<>();
        List<Entry> children = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String[] kv = text.split("\\s+", 2);
            String key = kv[0];
            String value = kv.length > 1 ? expand(kv[1], macros, resource, number) : "";
            if (key.equals("define")) {
                String[] nv = value.split("\\s+", 2);
                if (nv.length < 2 || !nv[0].matches("[A-Z][A-Z0-9_]*")) {
                    throw new IllegalStateException(resource + ":" + number + ": define needs NAME and a regex");
                }
                macros.put(nv[0], nv[1]);
                continue;
            }
            if (indented) {
                if (children == null) {
                    throw new IllegalStateException(resource + ":" + number + ": indented line without an entry above it");
                }
                children.add(new Entry(resource, number, key, value, List.of()));
            } else {
                children = new ArrayList<>();
                top.add(new Entry(resource, number, key, value, children));
            }
        }
        List<Entry> frozen = top.stream()
                .map(e -> new Entry(e.resource(), e.line(), e.key(), e.value(), List.copyOf(e.children())))
                .toList();
        return new RuleFile(frozen);
    }

    private static String expand(String value, Map<String, String> macros, String resource, int line) {
        Matcher m = MACRO.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalStateException(resource + ":" + line + ": unknown macro {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
