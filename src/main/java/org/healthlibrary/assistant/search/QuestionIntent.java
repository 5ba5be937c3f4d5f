package org.healthlibrary.assistant.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question asks about, and the matching kind of article section. Used to steer a query
 * towards the section that answers it ("what are the symptoms of ..." prefers Symptoms) and to
 * label each indexed passage. Detection is a fixed set of word patterns: deterministic and cheap.
 */
public enum QuestionIntent {
    COMPARISON("\\b(difference|differ|differs|same as|same thing as|vs\\.?|versus|compared (to|with))\\b"),
    PREVENTION("\\b(prevent(ed|ing|ion)?|avoid(ing)?|lower (my|the) risk|protect(ing)? (myself|me|yourself)|stay safe|precautions?)\\b"),
    SYMPTOMS("\\b(symptoms?|signs?|feel(s|ing)?|notice|look like|experience)\\b"),
    CAUSES("\\b(caus(e|es|ed|ing)|why|reasons?|risk factors?|leads? to|trigger(s|ed)?|how do you get|how do i get)\\b"),
    DIAGNOSIS("\\b(tests?|tested|testing|diagnos(e|ed|is|ing)|check(ed)?|find out|detect(ed)?|results?|procedure|what happens (during|in|at))\\b|\\bhow (is|are) .{0,40}\\b(done|performed)\\b"),
    TREATMENT("\\b(treat(ed|ing|ment|ments)?|cure[ds]?|therap(y|ies)|medicines?|medications?|manage(ment)?|fix|help it|get better)\\b"),
    OUTLOOK("\\b(outlook|prognosis|survival|life expectancy|live with|die|dying|deadly|fatal|recover(y)?|go away|serious|dangerous|permanent)\\b"),
    WHEN_TO_CALL("\\b(when (should|do|to) i (call|see|go)|call (my|your|the) (doctor|provider)|go to the (er|hospital|emergency)|worr(y|ied))\\b"),
    OVERVIEW("^\\s*(what('s| is| are| does)|define|explain|meaning of)\\b"),
    OTHER(null);

    private final Pattern pattern;

    QuestionIntent(String regex) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    /** The first intent whose words the question contains (checked in declaration order), or OTHER. */
    public static QuestionIntent of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        for (QuestionIntent intent : values()) {
            if (intent.pattern != null && intent.pattern.matcher(q).find()) {
                return intent;
            }
        }
        return OTHER;
    }

    /** The intent a section heading stands for ("Diagnosis and tests" is DIAGNOSIS). */
    public static QuestionIntent ofSection(String section) {
        String s = section.toLowerCase(Locale.ROOT);
        if (s.startsWith("when to call") || s.contains("when to get help")) {
            return WHEN_TO_CALL;
        }
        if (s.startsWith("overview") || s.startsWith("what is")) {
            return OVERVIEW;
        }
        for (QuestionIntent intent : new QuestionIntent[] {SYMPTOMS, CAUSES, DIAGNOSIS, TREATMENT, OUTLOOK}) {
            if (intent.pattern.matcher(s).find()) {
                return intent;
            }
        }
        return OTHER;
    }
}
