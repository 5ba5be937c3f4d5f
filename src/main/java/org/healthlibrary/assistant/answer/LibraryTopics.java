package org.healthlibrary.assistant.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;

/**
 * The names a library gives its topics, to find the topic a patient's story names ("dad in
 * hospital with pancytopenia and dr wants a bone marrow test, why"): each article's title (the
 * part before a parenthesis, a colon or a " - " suffix, and the words in the parenthesis) and its
 * synonyms, matched as whole words, case-insensitively. An acronym that is also an everyday
 * word ("ALL") is matched only in capitals. Immutable, thread-safe.
 */
public final class LibraryTopics {

    /** Everyday words that some acronyms spell. */
    private static final Set<String> EVERYDAY = Set.of("all", "it", "us", "am", "is", "as", "or", "on", "in", "at", "an",
            "be", "do", "go", "me", "my", "no", "so", "to", "up", "we", "can", "aid", "pt", "ms");

    /**
     * A topic name found in a text.
     *
     * @param name      the name as the library writes it, lower case
     * @param articleId the article it names
     * @param title     the article's title
     */
    public record Named(String name, String articleId, String title) {
    }

    private record Name(String[] words, String articleId, String title, boolean capitalsOnly, String text) {
    }

    private final Map<String, List<Name>> byFirstWord;

    private LibraryTopics(Map<String, List<Name>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** The topic names of {@code library}. */
    public static LibraryTopics of(Library library) {
        Map<String, List<Name>> index = new HashMap<>();
        for (Article a : library.articles()) {
            List<String> names = new ArrayList<>(titleNames(a.title()));
            names.addAll(a.synonyms());
            for (String n : names) {
                String lower = n.strip().toLowerCase(Locale.ROOT);
                String[] words = words(lower);
                if (words.length == 0 || words.length == 1 && words[0].length() < 2) {
                    continue;
                }
                boolean capitalsOnly = words.length == 1 && EVERYDAY.contains(words[0]);
                index.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Name(words, a.id(), a.title(), capitalsOnly, n.strip()));
            }
        }
        index.values().forEach(l -> l.sort((x, y) -> y.words().length - x.words().length));
        return new LibraryTopics(index);
    }

    /** An empty set of names (no library loaded). */
    public static LibraryTopics none() {
        return new LibraryTopics(Map.of());
    }

    /** The topic names in {@code text}, longest match first at each place, in text order, one per article. */
    public List<Named> named(String text) {
        String[] original = text.strip().split("[^\\p{L}\\p{N}'-]+");
        String[] lower = words(text.toLowerCase(Locale.ROOT));
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            for (Name n : byFirstWord.getOrDefault(lower[i], List.of())) {
                if (matches(lower, original, i, n)) {
                    if (out.stream().noneMatch(o -> o.articleId().equals(n.articleId()))) {
                        out.add(new Named(String.join(" ", n.words()), n.articleId(), n.title()));
                    }
                    i += n.words().length - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(String[] lower, String[] original, int at, Name n) {
        if (at + n.words().length > lower.length) {
            return false;
        }
        for (int k = 0; k < n.words().length; k++) {
            if (!lower[at + k].equals(n.words()[k])) {
                return false;
            }
        }
        return !n.capitalsOnly() || original.length == lower.length && original[at].equals(n.text());
    }

    /** "Thrombocytopenia (Low Platelets)": both; "Hematologist: What a Blood Doctor Does": the first; "X - treatment": X. */
    static List<String> titleNames(String title) {
        List<String> out = new ArrayList<>();
        String t = title.replace("\"", "");
        int dash = t.lastIndexOf(" - ");
        if (dash > 0) {
            t = t.substring(0, dash);
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon);
        }
        int open = t.indexOf('(');
        int close = t.indexOf(')', open + 1);
        if (open > 0 && close > open) {
            out.add(t.substring(open + 1, close));
            t = t.substring(0, open);
        }
        out.add(0, t.strip());
        return out;
    }

    private static String[] words(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("[^\\p{L}\\p{N}'-]+");
    }
}
