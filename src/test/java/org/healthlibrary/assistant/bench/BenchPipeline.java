package org.healthlibrary.assistant.bench;

import org.healthlibrary.assistant.answer.AnswerConfig;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.ExtractiveWording;
import org.healthlibrary.assistant.answer.TraceStore;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;

/**
 * The service's answer pipeline built by hand over a given index, with the shipped defaults
 * and the extractive wording (no model): what {@code /api/chat} runs, minus HTTP and sessions.
 */
final class BenchPipeline {

    private BenchPipeline() {
    }

    static AnswerService over(LibraryIndex index, PassageSearch search) {
        return new AnswerService(search, index, new TraceStore(), DEFAULTS, new ExtractiveWording(), new CbcInterpreter());
    }

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
    };
}
