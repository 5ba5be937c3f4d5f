package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.ExtractiveComposer;
import org.healthlibrary.assistant.answer.LibraryTopics;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.Snippets;

/**
 * The draft for a message that names a library topic but asks nothing ("my dad starts chemo on
 * friday", "just found out i have pancytopenia"): the topic's overview lead, citing it, with the
 * article's common questions offered as what to ask next; the conversation is then about the
 * topic, so "how long does it take?" follows on. Thread-safe.
 */
@ApplicationScoped
public class StatementDraft {

    /** The rule of such a draft. */
    public static final String RULE = "statement:overview";
    private static final int LEAD_SENTENCES = 3;
    private static final int SUGGESTIONS = 3;

    private final PassageSearch search;
    private final Overviews overviews;

    public StatementDraft(PassageSearch search, Overviews overviews) {
        this.search = search;
        this.overviews = overviews;
    }

    /** The overview draft for the first named topic whose article has an overview; empty when none has. */
    public Optional<AnswerDraft> compose(List<LibraryTopics.Named> named, SafetyVerdict verdict, Conversation state) {
        for (LibraryTopics.Named topic : named) {
            Optional<Passage> overview = overviews.of(topic.articleId());
            if (overview.isPresent()) {
                Passage p = overview.get();
                List<String> suggestions = search.passagesOf(p.articleId()).stream().map(Passage::question)
                        .filter(Objects::nonNull).distinct().limit(SUGGESTIONS).toList();
                List<String> sentences = ExtractiveComposer.leadSentences(p.text(), LEAD_SENTENCES);
                SearchHit hit = new SearchHit(p, 1f, Snippets.lead(p.text()), 1.0, true);
                return Optional.of(new AnswerDraft(Outcome.ANSWERED, RULE, Notices.of(verdict),
                        new DraftBody.Overview(sentences, suggestions), List.of(hit), List.of(Overviews.cite(p)), null,
                        state.about(p.articleId(), p.articleTitle())));
            }
        }
        return Optional.empty();
    }
}
