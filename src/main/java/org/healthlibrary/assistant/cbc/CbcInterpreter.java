package org.healthlibrary.assistant.cbc;

import java.util.Objects;

/**
 * The one entry point for CBC interpretation: reads free text or takes structured values and
 * returns a {@link CbcReport}. Deterministic and model-free: the same input always gives the
 * same report. Immutable, thread-safe and cheap to share (one instance per application is
 * enough); a typical message takes a few microseconds.
 *
 * <pre>{@code
 * CbcReport r = new CbcInterpreter(messages).interpret("my hemoglobin is 9.1 and platelets 90");
 * }</pre>
 */
public final class CbcInterpreter {

    /**
     * The longest free text the service's entry points hand over (a chat message, a lab text,
     * the model tool's argument): longer text is refused with a message, not cut.
     */
    public static final int MAX_TEXT = 2000;

    private final LabTextExtractor extractor;
    private final CbcClassifier classifier;

    /** An interpreter whose questions, assumptions, reasons and summary are worded by {@code messages}. */
    public CbcInterpreter(CbcMessages messages) {
        this.extractor = new LabTextExtractor(messages);
        this.classifier = new CbcClassifier(messages);
    }

    /** The rule set named in every report. */
    public String ruleSet() {
        return classifier.ruleSet();
    }

    /** Reads values and context from free text without classifying them. Never throws for any string. */
    public LabExtraction extract(String text) {
        return extractor.extract(text);
    }

    /** Classifies structured input. */
    public CbcReport interpret(LabRequest request) {
        return classifier.classify(Objects.requireNonNull(request, "request"));
    }

    /** Reads and classifies free text. */
    public CbcReport interpret(String text) {
        return interpret(extract(text).toRequest());
    }
}
