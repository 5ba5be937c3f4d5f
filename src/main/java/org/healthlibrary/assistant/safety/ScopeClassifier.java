package org.healthlibrary.assistant.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a message is about health at all. It looks for words from a fixed health
 * vocabulary ({@code safety/health-terms.txt}: body parts, symptoms, conditions, tests,
 * treatments, care settings), matched on whole words and on common word stems. Used after
 * retrieval found no good answer, to tell {@code OUT_OF_SCOPE} (not health) from
 * {@code NOT_IN_LIBRARY} (health, but not in our library). Immutable and thread-safe.
 */
public final class ScopeClassifier {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");
    private static final String RESOURCE = "/safety/health-terms.txt";

    private final Set<String> terms;
    private final Set<String> phrases;

    private ScopeClassifier(Set<String> terms, Set<String> phrases) {
        this.terms = terms;
        this.phrases = phrases;
    }

    /** The classifier with the shipped vocabulary. */
    public static ScopeClassifier standard() {
        return Holder.STANDARD;
    }

    /**
     * A classifier with the shipped vocabulary plus extra terms (for example every article
     * title and synonym of the loaded library).
     */
    public ScopeClassifier with(Iterable<String> extraTerms) {
        Set<String> t = new HashSet<>(terms);
        Set<String> p = new HashSet<>(phrases);
        for (String term : extraTerms) {
            add(term, t, p);
        }
        return new ScopeClassifier(Set.copyOf(t), Set.copyOf(p));
    }

    /** True when the message mentions anything from the health vocabulary. */
    public boolean isHealthRelated(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        var m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group();
            if (terms.contains(w) || terms.contains(stem(w))) {
                return true;
            }
        }
        return false;
    }

    /** A crude plural/inflection stem so "platelets", "bleeding" and "infections" match their base term. */
    static String stem(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static void add(String raw, Set<String> terms, Set<String> phrases) {
        String term = raw.strip().toLowerCase(Locale.ROOT);
        if (term.isEmpty() || term.startsWith("#")) {
            return;
        }
        if (term.contains(" ")) {
            phrases.add(term);
        } else {
            terms.add(term);
            terms.add(stem(term));
        }
    }

    private static final class Holder {
        static final ScopeClassifier STANDARD = load();

        private static ScopeClassifier load() {
            Set<String> t = new HashSet<>();
            Set<String> p = new HashSet<>();
            try (InputStream in = ScopeClassifier.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing classpath resource " + RESOURCE);
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    add(line, t, p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ScopeClassifier(Set.copyOf(t), Set.copyOf(p));
        }
    }
}
