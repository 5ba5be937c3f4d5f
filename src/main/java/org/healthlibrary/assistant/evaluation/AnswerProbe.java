package org.healthlibrary.assistant.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.search.LibraryIndex;

/**
 * The one place suites call the answer pipeline: sends a case's messages in order in one
 * conversation (as the chat endpoint would, without a session) and returns the last answer.
 * Thread-safe as the pipeline is.
 */
@ApplicationScoped
public class AnswerProbe {

    private final AnswerService answers;
    private final LibraryIndex index;

    public AnswerProbe(AnswerService answers, LibraryIndex index) {
        this.answers = answers;
        this.index = index;
    }

    /** Answers {@code turns} in one conversation; returns the answer to the last one. */
    public ProbeAnswer ask(List<String> turns) {
        Conversation conversation = Conversation.start();
        AnswerResult result = null;
        for (String turn : turns) {
            result = answers.answerFor(AnswerTrace.Origin.SUITE, turn, conversation);
            conversation = result.conversation();
        }
        if (result == null) {
            throw new IllegalArgumentException("a case needs at least one message");
        }
        Citation first = result.citations().isEmpty() ? null : result.citations().getFirst();
        return new ProbeAnswer(result.outcome().name(), result.answer(),
                first == null ? null : first.articleId(), first == null ? null : first.section(),
                result.cbc() == null ? null : result.cbc().pattern().name(),
                result.cbc() == null ? null : result.cbc().urgency().name());
    }

    /** The content hash of the library answers come from, or null while the index is not open. */
    public String libraryHash() {
        return index.isReady() ? index.library().contentHash() : null;
    }
}
