package org.healthlibrary.assistant.answer.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * The library topics a comparison question names ("what is the difference between anemia and
 * leukemia?" names Anemia and Leukemia), and whether a passage compares exactly them. Retrieval
 * may rank first a passage that compares a different pair ("aplastic anemia and pancytopenia");
 * serving it would answer a question the patient did not ask, so the pipeline then answers
 * with each named topic's overview instead.
 *
 * <p>A topic is named by its article's title (without a parenthetical, which counts as a name of
 * its own: "Thrombocytopenia (Low Platelets)") or one of its synonyms, as whole words, longest
 * match first ("aplastic anemia" is Aplastic Anemia, not Anemia). Deterministic; stateless;
 * a plain text scan per name, run only for comparison questions.
 */
final class ComparedTopics {

    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");

    private ComparedTopics() {
    }

    /** The articles {@code question} names, in the order it names them, each once. */
    static List<Article> named(String question, Library library) {
        String text = question.toLowerCase(Locale.ROOT);
        List<Mention> mentions = new ArrayList<>();
        for (Article article : library.articles()) {
            for (String name : names(article)) {
                for (int at = wordAt(text, name, 0); at >= 0; at = wordAt(text, name, at + 1)) {
                    mentions.add(new Mention(at, at + name.length(), article));
                }
            }
        }
        mentions.sort(Comparator.comparingInt((Mention m) -> m.start - m.end).thenComparingInt(m -> m.start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (kept.stream().noneMatch(k -> k.start < m.end && m.start < k.end)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(m -> m.start));
        Set<Article> out = new LinkedHashSet<>();
        kept.forEach(m -> out.add(m.article));
        return List.copyOf(out);
    }

    /**
     * True when the passage's headings (article title, section, question) name every one of
     * {@code articles}, by the same longest-name rule: a passage that compares exactly these
     * topics ("What is the difference between aplastic anemia and pancytopenia?"). A mention in
     * the text alone is not enough: "leukemia can cause anemia" does not say how they differ.
     */
    static boolean headingsName(Passage passage, List<Article> articles, Library library) {
        String headings = passage.articleTitle() + " | " + passage.section() + " | "
                + (passage.question() == null ? "" : passage.question());
        return named(headings, library).containsAll(articles);
    }

    /** An article's names, lower case: the title, its parenthetical split off, the synonyms. */
    static List<String> names(Article article) {
        Set<String> names = new LinkedHashSet<>();
        String title = article.title().toLowerCase(Locale.ROOT);
        Matcher p = PARENTHETICAL.matcher(title);
        if (p.find()) {
            names.add(p.group(1).strip());
        }
        names.add(PARENTHETICAL.matcher(title).replaceAll(" ").strip());
        article.synonyms().forEach(s -> names.add(s.toLowerCase(Locale.ROOT).strip()));
        names.removeIf(String::isEmpty);
        return List.copyOf(names);
    }

    /** Where {@code name} occurs in {@code text} as whole words, from {@code from} on; -1 when it does not. */
    static int wordAt(String text, String name, int from) {
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private record Mention(int start, int end, Article article) {
    }
}
