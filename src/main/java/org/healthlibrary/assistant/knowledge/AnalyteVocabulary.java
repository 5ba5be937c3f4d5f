package org.healthlibrary.assistant.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of words people use for each blood count line ({@code knowledge/analytes.txt}):
 * the lab classifier reads every alias to know which line a value belongs to, and search turns
 * each line's search terms (those before {@code |}) into a synonym group. It lives here, in the shared vocabulary package, because search must
 * not depend on {@code cbc} and both need the same words. Loaded once; immutable and
 * thread-safe.
 */
public final class AnalyteVocabulary {

    /** Classpath location of the list. */
    public static final String RESOURCE = "/knowledge/analytes.txt";

    private static final Map<String, List<String>> SEARCH = new LinkedHashMap<>();
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

    /** Every line's search terms (the aliases before {@code |}) by code, in file order. */
    public static Map<String, List<String>> searchTerms() {
        return Collections.unmodifiableMap(SEARCH);
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
                String[] parts = colon < 0 ? new String[0] : s.substring(colon + 1).split("\\|", 2);
                List<String> search = parts.length == 0 ? List.of() : words(parts[0]);
                List<String> aliases = new ArrayList<>(search);
                if (parts.length == 2) {
                    aliases.addAll(words(parts[1]));
                }
                String code = colon <= 0 ? "" : s.substring(0, colon).strip();
                if (code.isEmpty() || search.isEmpty() || out.put(code, List.copyOf(aliases)) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + n
                            + ": expected one 'CODE: alias, ... | lab-only alias, ...' per code");
                }
                SEARCH.put(code, search);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> words(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}
