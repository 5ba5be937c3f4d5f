package org.healthlibrary.assistant.answer;

import java.util.List;

/**
 * What a draft says besides its safety notices, as decided content rather than finished text:
 * a wording step renders it. Immutable.
 */
public sealed interface DraftBody {

    /** Nothing beyond the notices (an emergency, or a premise correction on its own). */
    record None() implements DraftBody {
    }

    /**
     * Sentences chosen from the main library passage, in article order; the only body a model may
     * reword.
     */
    record LibrarySentences(List<String> sentences) implements DraftBody {
        public LibrarySentences {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A topic's overview for a message that names the topic but asks nothing ("my dad starts
     * chemo on friday"), with the topic's common questions offered to ask next.
     *
     * @param sentences   the overview's first sentences
     * @param suggestions the article's common questions, as the library words them
     */
    record Overview(List<String> sentences, List<String> suggestions) implements DraftBody {
        public Overview {
            sentences = List.copyOf(sentences);
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A fixed reply of the answer feature ({@link AnswerMessages}). */
    record Reply(Kind kind) implements DraftBody {

        /** Which reply. */
        public enum Kind { NOT_IN_LIBRARY, OUT_OF_SCOPE, GREETING, THANKS }
    }

    /**
     * Why lab values are an emergency: the report's reasons, in order (after the emergency notice).
     */
    record LabFindings(List<String> reasons) implements DraftBody {
        public LabFindings {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * What must be asked before lab values can be explained.
     *
     * @param summary   the report's summary when some value was classified, else {@code null}
     *                  (the questions-lead of {@link AnswerMessages} is used)
     * @param questions the report's questions, in order
     */
    record LabQuestions(String summary, List<String> questions) implements DraftBody {
        public LabQuestions {
            questions = List.copyOf(questions);
        }
    }

    /**
     * A lab report explained: its summary, then the lead of the library overview for its pattern.
     *
     * @param summary     the report's summary (worded by {@code cbc})
     * @param libraryLead the overview's first sentences, or empty when the article is missing
     */
    record LabResult(String summary, String libraryLead) implements DraftBody {
    }

    /**
     * Two or more library topics side by side.
     *
     * @param topics each topic's title and overview lead, in the order the question names them
     */
    record Comparison(List<Topic> topics) implements DraftBody {
        public Comparison {
            topics = List.copyOf(topics);
        }

        /** One compared topic. */
        public record Topic(String title, String lead) {
        }
    }
}
