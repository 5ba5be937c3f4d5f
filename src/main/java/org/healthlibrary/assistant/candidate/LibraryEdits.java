package org.healthlibrary.assistant.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;

/** How a candidate library differs from the live one, article by article. Stateless. */
final class LibraryEdits {

    private LibraryEdits() {
    }

    /** One line per article added, changed or removed ("added: low-iron"), by id. */
    static List<String> between(Library live, Library candidate) {
        Map<String, Article> before = live.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, Article> after = candidate.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<String> out = new ArrayList<>();
        for (Article a : candidate.articles()) {
            Article old = before.get(a.id());
            if (old == null) {
                out.add("added: " + a.id());
            } else if (!old.equals(a)) {
                out.add("changed: " + a.id());
            }
        }
        for (Article a : live.articles()) {
            if (!after.containsKey(a.id())) {
                out.add("removed: " + a.id());
            }
        }
        out.sort(java.util.Comparator.comparing((String line) -> line.substring(line.indexOf(':') + 2)));
        return List.copyOf(out);
    }
}
