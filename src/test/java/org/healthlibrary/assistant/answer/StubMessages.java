package org.healthlibrary.assistant.answer;

/** Test messages: each says which message it is, so a test sees exactly which was chosen. */
public final class StubMessages implements AnswerMessages {

    @Override
    public String notInLibrary() {
        return "[not-in-library]";
    }

    @Override
    public String outOfScope() {
        return "[out-of-scope]";
    }

    @Override
    public String greeting() {
        return "[greeting]";
    }

    @Override
    public String thanks() {
        return "[thanks]";
    }

    @Override
    public String labQuestionsLead() {
        return "[lab-questions-lead]";
    }

    @Override
    public String askAlso(String questions) {
        return "[ask-also|" + questions + "]";
    }

    @Override
    public String comparedTopic(String title, String lead) {
        return "[" + title + "|" + lead + "]";
    }
}
