package org.healthlibrary.assistant.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question asks about, and the matching kind of article section. Used to steer a query
 * towards the section that answers it ("what are the symptoms of ..." prefers Symptoms) and to
 * label each indexed passage. Detection is a fixed set of word patterns: deterministic and cheap.
 *
 * <p>Each kind has a question pattern (checked in declaration order, the first match wins) and
 * a heading pattern for section headings ("Inheritance", "Frequency", "Who is at risk"). The
 * question patterns of the later kinds (genetics, frequency, risk) only match the question's
 * frame ("is X inherited?", "how common is X?", "who is at risk for X?"), not a topic's name:
 * "What is hereditary angioedema?" stays an overview question.
 */
public enum QuestionIntent {
    COMPARISON("\\b(difference|differ|differs|same as|same thing as|vs\\.?|versus|compared (to|with))\\b", null),
    PREVENTION("\\b(prevent(ed|ing|ion)?|avoid(ing)?|lower (my|the) risk|protect(ing)? (myself|me|yourself)|stay safe|precautions?)\\b",
            "\\bprevent(ion|ing)?\\b"),
    SYMPTOMS("\\b(symptoms?|signs?|feel(s|ing)?|notice|look like|experience)\\b", null),
    CAUSES("\\b(caus(e|es|ed|ing)|why|reasons?|risk factors?|leads? to|trigger(s|ed)?|how do (you|i) get(?! (my |the |your )?[a-z ]{0,30}\\b(up|higher)\\b))\\b", null),
    DIAGNOSIS("\\b(tests?|tested|testing|diagnos(e|ed|is|ing)|check(ed)?|find out|detect(ed)?|results?|procedure|what happens (during|in|at))\\b|\\bhow (is|are) .{0,40}\\b(done|performed)\\b",
            null),
    TREATMENT("\\b(treat(ed|ing|ment|ments)?|cure[ds]?|therap(y|ies)|medicines?|medications?|manage(ment)?|fix|help it|get better"
            + "|(raise|increase|boost|bring up|improve) (my|the|your|his|her|their) (?!risk|chance)"
            + "|get (my |the |your )?[a-z ]{0,30}\\b(up|higher))\\b", null),
    OUTLOOK("\\b(outlook|prognosis|survival|life expectancy|live with|die|dying|deadly|fatal|recover(y)?|go away|serious|dangerous|permanent)\\b", null),
    WHEN_TO_CALL("\\b(when (should|do|to) i (call|see|go)|call (my|your|the) (doctor|provider)|go to the (er|hospital|emergency)|worr(y|ied))\\b", null),
    /** Whether and how a condition is inherited, and the genes behind it. */
    GENETICS("^\\s*(is|are|can) .+\\b(inherited|hereditary|genetic|passed down)\\s*\\??\\s*$"
            + "|\\b(genetic changes?|gene changes?|genes?|mutations?) (related to|behind|involved in|that cause|cause|causes)\\b"
            + "|\\bhow (is|are) .{0,60}\\binherited\\b|\\binheritance pattern\\b|\\bruns? in (the |my |our )?famil(y|ies)\\b"
            + "|\\bpass(ed)? (it |this )?(on|down) to\\b|\\bis (it|this) (genetic|hereditary|inherited)\\b",
            "\\b(inheritance|inherited|genetics?|genes?|genetic changes)\\b"),
    /** How common a condition is. */
    FREQUENCY("\\bhow (common|rare|frequent|prevalent)\\b|\\bhow many (people|children|adults|americans|women|men)\\b"
            + "|\\b(prevalence|incidence)\\b",
            "\\b(frequency|prevalence|incidence|how common)\\b"),
    /** Who is likely to get a condition. */
    RISK("\\bwho (is|are|gets|can get) (at )?risk\\b|\\bwho (gets|can get|is likely to get)\\b"
            + "|\\bat (high|higher|greater|increased) risk\\b|\\bsusceptib",
            "\\b(susceptibility|risk)\\b|\\bwho is at risk\\b"),
    OVERVIEW("^\\s*(what('s| is| are| does)|define|explain|meaning of)\\b", null),
    OTHER(null, null);

    /** The kinds a section heading can name, in the order they are checked. */
    private static final QuestionIntent[] SECTION_KINDS = {SYMPTOMS, CAUSES, DIAGNOSIS, TREATMENT, OUTLOOK, PREVENTION,
            GENETICS, FREQUENCY, RISK};

    private final Pattern pattern;
    private final Pattern heading;

    QuestionIntent(String regex, String headingRegex) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
        this.heading = headingRegex != null ? Pattern.compile(headingRegex) : this.pattern;
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
        for (QuestionIntent intent : SECTION_KINDS) {
            if (intent.heading.matcher(s).find()) {
                return intent;
            }
        }
        return OTHER;
    }
}
