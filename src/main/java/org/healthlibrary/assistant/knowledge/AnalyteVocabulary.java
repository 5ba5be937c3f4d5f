package org.healthlibrary.assistant.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of words people use for each blood count line ({@code knowledge/analytes.txt}):
 * the lab classifier reads it to know which line a value belongs to, and search turns each line
 * into a synonym group. It lives here, in the shared vocabulary package, because search must
 * not depend on {@code cbc} and both need the same words. Loaded once; immutable and
 * thread-safe.
 */
public final class AnalyteVocabulary {

    /** Classpath location of the list. */
    public static final String RESOURCE = "/knowledge/analytes.txt";

    private static final Map<String, List<String>> ALIASES = load();

    private AnalyteVocabulary() {
    }

    /** The aliases of the line with this code (e.g. {@code "PLATELETS"}), main term first. */
    public static List<String> aliases(String code) {
        List<String> aliases = ALIASES.get(code);
        if (aliases == null) {
            throw new IllegalArgumentException("No aliases for " + code + " in " + RESOURCE);
        }
        return aliases;
    }

    /** Every line's aliases by code, in file order. */
    public static Map<String, List<String>> all() {
        return ALIASES;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = AnalyteVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int colon = s.indexOf(':');
                List<String> aliases = colon < 0 ? List.of() : Arrays.stream(s.substring(colon + 1).split(","))
                        .map(String::strip).filter(a -> !a.isEmpty()).toList();
                if (colon <= 0 || aliases.isEmpty() || out.put(s.substring(0, colon).strip(), aliases) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected one 'CODE: alias, ...' per code");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
