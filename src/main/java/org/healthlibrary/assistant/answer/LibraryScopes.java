package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.safety.SafetyScreen;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.LibraryIndex;

/**
 * The safety screen and scope classifier with the loaded library's titles and synonyms added
 * to the scope vocabulary, rebuilt when the library changes. While the index is not open (a
 * first build still running) the standard screen is used, so that emergencies and lab values
 * are still answered; library questions then get 503 from retrieval. Thread-safe (a volatile
 * snapshot; two threads may both rebuild once, harmlessly).
 */
@ApplicationScoped
public class LibraryScopes {

    private final LibraryIndex index;
    private volatile Scope scope = new Scope("", SafetyScreen.standard(), ScopeClassifier.standard(), LibraryTopics.none());
    private volatile Scope previous = scope;

    public LibraryScopes(LibraryIndex index) {
        this.index = index;
    }

    /** The screen and classifier for the library loaded now. */
    public Scope current() {
        Scope current = scope;
        if (!index.isReady()) {
            return current;
        }
        Library library = index.library();
        if (!current.hash().equals(library.contentHash())) {
            Scope other = previous;
            if (other.hash().equals(library.contentHash())) {
                previous = current;
                scope = other;
                return other;
            }
            List<String> terms = new ArrayList<>();
            for (Article a : library.articles()) {
                terms.add(a.title());
                terms.addAll(a.synonyms());
            }
            ScopeClassifier classifier = ScopeClassifier.standard().with(terms);
            Scope built = new Scope(library.contentHash(), SafetyScreen.standard().withScope(classifier), classifier,
                    LibraryTopics.of(library));
            previous = current;
            scope = built;
            current = built;
        }
        return current;
    }

    /**
     * One library's scope.
     *
     * @param hash       the library's content hash
     * @param screen     the safety screen
     * @param classifier the scope classifier the evidence gate uses
     * @param topics     the library's topic names (stories and follow-ups are read with them)
     */
    public record Scope(String hash, SafetyScreen screen, ScopeClassifier classifier, LibraryTopics topics) {
    }
}
