package org.healthlibrary.assistant.bench;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import org.healthlibrary.assistant.answer.AnswerConfig;
import org.healthlibrary.assistant.answer.AnswerMessages;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.SecondOpinion;
import org.healthlibrary.assistant.safety.NeighboursConfig;
import org.healthlibrary.assistant.answer.AnswerTraced;
import org.healthlibrary.assistant.answer.ExtractiveWording;
import org.healthlibrary.assistant.answer.LibraryScopes;
import org.healthlibrary.assistant.answer.compose.ComparisonDraft;
import org.healthlibrary.assistant.answer.compose.LabDraft;
import org.healthlibrary.assistant.answer.compose.Overviews;
import org.healthlibrary.assistant.answer.compose.PassageDraft;
import org.healthlibrary.assistant.answer.compose.PremiseDraft;
import org.healthlibrary.assistant.answer.compose.StatementDraft;
import org.healthlibrary.assistant.answer.compose.Suggestions;
import org.healthlibrary.assistant.cbc.CbcEnglish;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.search.PassageSearch;

/**
 * The service's answer pipeline built by hand over a given index, with the shipped defaults
 * and the extractive wording (no model): what {@code /api/chat} decides, minus HTTP and
 * sessions. Fixed replies are placeholders (the benchmark measures outcomes and citations, not
 * the reply texts) and traces go nowhere.
 */
final class BenchPipeline {

    private BenchPipeline() {
    }

    @SuppressWarnings("unchecked")
    static AnswerService over(LibraryIndex index, PassageSearch search) {
        AnswerMessages messages = (AnswerMessages) Proxy.newProxyInstance(BenchPipeline.class.getClassLoader(),
                new Class<?>[] {AnswerMessages.class}, (proxy, method, args) -> "[" + method.getName() + "]");
        Event<AnswerTraced> traced = (Event<AnswerTraced>) Proxy.newProxyInstance(BenchPipeline.class.getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> null);
        Overviews overviews = new Overviews(search, index);
        return new AnswerService(search, DEFAULTS, new ExtractiveWording(messages, SafetyEnglish.MESSAGES), new CbcInterpreter(CbcEnglish.MESSAGES),
                new LibraryScopes(index), new LabDraft(overviews), new PassageDraft(DEFAULTS),
                new ComparisonDraft(index, overviews), new PremiseDraft(overviews), new StatementDraft(search, overviews),
                new Suggestions(search, index), traced, new SecondOpinion(index, NEIGHBOURS));
    }

    /** {@link NeighboursConfig}'s defaults: the second opinion on, at the fitted point. */
    private static final NeighboursConfig NEIGHBOURS = new NeighboursConfig() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String model() {
            return "bge-small-en-v15-q";
        }

        @Override
        public java.util.OptionalDouble prefilterMinMargin() {
            return java.util.OptionalDouble.empty();
        }

        @Override
        public java.util.OptionalInt k() {
            return java.util.OptionalInt.empty();
        }

        @Override
        public java.util.OptionalDouble minSimilarity() {
            return java.util.OptionalDouble.empty();
        }

        @Override
        public java.util.OptionalDouble minShare() {
            return java.util.OptionalDouble.empty();
        }
    };

    /** {@link AnswerConfig}'s defaults. */
    private static final AnswerConfig DEFAULTS = new AnswerConfig() {
        @Override
        public double minCoverage() {
            return 0.5;
        }

        @Override
        public int candidates() {
            return 8;
        }

        @Override
        public int maxSentences() {
            return 3;
        }

        @Override
        public int maxCitations() {
            return 3;
        }

        @Override
        public boolean calibratedGate() {
            return Boolean.getBoolean("bench.calibrated-gate");
        }
    };
}
