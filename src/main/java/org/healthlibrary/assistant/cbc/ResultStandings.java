package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A look at what the message says about a value as a result, rather than at the number: a value
 * that is no usable result of today is asked about, never read.
 * <ul>
 *   <li>An older value while the newer result is not known yet ("were 40 at my last visit, the
 *       new results aren't back yet"), or a value from before a treatment that will be checked
 *       again ("87 before the transfusion, they'll recheck after"); "was 8.5, they'll recheck
 *       next week" is the latest result and stays read.</li>
 *   <li>A value expected, not measured ("will probably drop to about 0.5 next week", "they
 *       expect it to bottom out near 20").</li>
 *   <li>A value whose date the writer does not know ("no date on it", "an old printout", "not
 *       sure if that's today's or yesterday's").</li>
 *   <li>A value the lab itself flags as unreliable ("platelet clumps seen", "hemolyzed sample",
 *       "please recollect"): every value of the message is asked about.</li>
 *   <li>No value, only a level the care team named ("the doctor said if my hgb drops under 8 I
 *       need blood"): the number is not read, and the writer is asked for their latest result.</li>
 *   <li>Values the writer cannot tie to one person ("either mom's or dad's"): every value is
 *       asked about, with one question.</li>
 *   <li>A value of another body fluid named in its sentence ("that's from the urine test"; "blood
 *       in the urine" is a symptom and "on the blood count" keeps it read).</li>
 *   <li>A value followed later by another source with another number ("the other page says 11.9").</li>
 *   <li>An older value when the writer asks about now ("were low last month, hgb 7.5, what about
 *       now"), and a value from before a treatment written "pre-transfusion".</li>
 *   <li>An animal's values ("from the vet", "that's for my cat"): every value is asked about
 *       (blind round 10).</li>
 *   <li>A report with another person's name on it ("the name at the top says R. Smith and I'm
 *       Rosa"): asked as values not tied to one person (blind round 10).</li>
 *   <li>A value the writer says right after is an old one ("wait no that's from 2022"), and a
 *       value whose numeric date can be read as two dates while the writer asks which (blind
 *       round 10).</li>
 *   <li>A name with no value of its own but "pending" or "see comment" right after it, or only a flag or a range
 *       while the message says the number is not there ("says H but no number", "reference range
 *       12.0-15.5, that's all I see"): asked for its number.</li>
 * </ul>
 * The flagged sample, the unknown date and whose results look at the whole message; the others
 * at the clause or sentence of the value. A value said
 * together with a word for today ("87 today") is the current one and stays read in the first
 * case. Why: reading such a number as today's result would answer a question about a number the
 * writer does not have; one question gets the right one. Runs after {@link SelfDoubts};
 * stateless; thread-safe; linear in the message.
 */
final class ResultStandings {

    /** The newer result is not known yet. */
    private static final Pattern PENDING = Pattern.compile(
            "\\b(?:(?:results?|labs?|numbers?|counts?|bloodwork|blood work|they|it|new ones?|today'?s(?: ones?)?)"
            + " (?:aren'?t|are not|isn'?t|is not|haven'?t|have not|hasn'?t|has not|not) (?:in|back|out|up|ready|posted|come back|came back)(?: yet)?"
            + "|(?:still )?(?:waiting|wait) (?:on|for) (?:the |my |today'?s |the new |new )(?:results?|labs?|numbers?|counts?|recheck|ones?)"
            + "|(?:results?|labs?) (?:are |is )?(?:still )?pending|not (?:back|in) yet"
            + "|what (?:are|is) (?:they|it|mine|my [a-z]+) (?:now|today)\\b(?! (?:mean|telling))"
            + "|(?:what|how) about (?:now|today|these days|at the moment)|where (?:are|is) (?:they|it) (?:now|today)"
            + "|(?:are|is) (?:they|it) (?:any )?(?:better|higher|lower|back up|still low|normal) (?:now|today)"
            + "|a[uú]n no (?:salen|sale|tengo|llegan|llega)(?: los| el)? resultados?)\\b");
    /** A new check is to come ("they'll recheck after"): counts only for a value from before a treatment. */
    private static final Pattern RECHECK = Pattern.compile(
            "\\b(?:they'?ll|they will|going to|gonna|will|to) (?:recheck|re-check|check (?:it|them) again|redo|repeat)\\b");
    /** The value is an older one: a past visit or a past tense. */
    private static final Pattern EARLIER = Pattern.compile(
            "\\b(?:was|were|used to be|last (?:visit|time|week|month|draw|check|test)|previous|earlier|ago)\\b");
    /** The value is from before a treatment that changes it. */
    private static final Pattern BEFORE_TREATMENT = Pattern.compile(
            "\\b(?:(?:before|prior to) (?:the |my |his |her |this |today'?s )?(?:[a-z]+ )?|pre-? ?)(?:transfusion|infusion|surgery|procedure"
            + "|treatment|shot|injection|dose|chemo|neupogen|neulasta|filgrastim)\\b");
    /** Said before the number in its clause: the value is expected, not measured. */
    private static final Pattern EXPECTED = Pattern.compile(
            "\\b(?:will (?:probably |likely |prob |most likely |maybe |possibly )?(?:be|drop|fall|go|get|reach|hit|bottom|dip|sink|land|end up|settle|rise|climb|recover)"
            + "|(?:is|are|it'?s|they'?re) (?:going|gonna) to|expect(?:s|ed|ing)? (?:it |them |my [a-z]+ |her [a-z]+ |his [a-z]+ )?(?:to|around|about|near)"
            + "|predict(?:s|ed)?|project(?:s|ed)|should (?:drop|fall|bottom|reach|hit|get|go|dip|be around|be about|recover)"
            + "|(?:might|may|could) (?:drop|fall|go down|dip|bottom|reach|hit|get as low)"
            + "|bottom(?:s|ing)? out|nadir"
            + "|va(?:n)? a (?:bajar|llegar|estar|caer)|bajar[aá]n?|llegar[aá]n?)\\b");
    /**
     * An expect verb before the name and a future after it, in the value's clause: "the doctor expects
     * my platelets to be around 50", "they predict her anc will be about 0.2".
     */
    private static final Pattern EXPECTED_AROUND = Pattern.compile(
            "\\b(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:es?|ed|ing)|estimat(?:es?|ed|ing)|forecast(?:s|ed)?)"
            + "(?: that)? (?:my|his|her|their|our|your|the|mom'?s|dad'?s)\\b[a-z ]{1,30}?\\b(?:to be|will be|would be|is going to be|to come back|to land)\\b");
    /** People whose results a writer may hold ("either mom's or dad's"); times such as "today's" are not. */
    static final String PERSON = "(?:mom|mum|mother|dad|father|husband|wife|son|daughter|sister|brother|kid|child|baby"
            + "|partner|grandma|grandpa|grandmother|grandfather|aunt|uncle|friend|roommate|boyfriend|girlfriend|twin|parent)";
    /** The writer does not know whose results the values are: every value is asked about. */
    private static final Pattern WHOSE = Pattern.compile(
            "\\b(?:either (?:my |our )?" + ResultStandings.PERSON + "'?s or (?:my |our )?" + ResultStandings.PERSON + "'?s"
            + "|(?:either|could be|might be|may be) mine or (?:my |our )?" + ResultStandings.PERSON + "'?s"
            + "|(?:either|could be|might be|may be) (?:my |our )?" + ResultStandings.PERSON + "'?s or mine"
            + "|(?:not sure|unsure|no idea|don'?t know|dont know|can'?t tell|cant tell|forgot|forget) whose"
            + "|mixed up (?:whose|the (?:envelopes|papers|reports|results|labs|printouts|slips|sheets|forms))"
            + "|one (?:is|was|'s|of them is) mine and (?:one|the other)(?: one)?(?: is| was|'s)? (?:my |our )?" + ResultStandings.PERSON + "'?s"
            + "|(?:envelopes|papers|reports|results|labs|printouts|slips|sheets|tubes) (?:got |were |are |all )?mixed up"
            + "|name (?:at the top |on (?:it|top|the (?:top|report|sheet|paper|printout|screenshot|page|label|results?)) )?(?:says|is|reads|shows|was)\\b[^!?\\n]{0,40}?\\b(?:and|but) (?:i'?m|im|i am|my name is|mine is)"
            + "|(?:not|isn'?t|is not|wasn'?t|was not) my name|(?:someone|somebody) else'?s (?:name|report|results?|labs?|bloodwork)"
            + "|(?:wrong|different|another) (?:patient'?s |person'?s )?name (?:on|at the top)"
            + "|(?:another|a different|the wrong) (?:patient|person)'?s (?:report|results?|labs?|name|bloodwork)"
            + "|(?:no s[eé]|no sabemos) de qui[eé]n (?:son|es)|(?:de|del) (?:mi )?[a-z]+ o (?:de|del) (?:mi )?[a-z]+, no s[eé])\\b");
    /** A test of another body fluid named near the value ("that's from the urine test"); "blood in the urine" is a symptom. */
    private static final Pattern OTHER_SPECIMEN = Pattern.compile(
            "(?<!blood )\\b(?:(?:from|on|in|of) (?:the |my |his |her |a )?(?:urine|pee|stool|spinal fluid|csf|pleural fluid|joint fluid|ascites|peritoneal fluid)"
            + "|(?:urine|pee|stool|spinal fluid|csf|pleural fluid|joint fluid) (?:test|sample|result|culture|dip|dipstick|analysis|panel|specimen|one)s?"
            + "|urinalysis|urine ?dip|(?:de|en) (?:la )?orina|examen de orina|an[aá]lisis de orina)\\b");
    /**
     * A second source of the same value in the message: "the other page says 11.9", "another
     * copy shows 140". Its number has no name, so the value named before it is asked about.
     */
    private static final Pattern OTHER_SOURCE = Pattern.compile(
            "\\b(?:the other|another|a second|a different|the second|second) (?:page|sheet|printout|print out|report|copy|paper"
            + "|tab|screen|lab|portal|app|result|section)s?\\b[a-z ']{0,40}?\\b(?:says?|said|shows?|showed|showing|has|had|lists?|listed"
            + "|reads?|is|was|gives?|gave)\\b(?: (?:it'?s|its|a|an|the|that|value of))*[ :]*\\d");

    /**
     * The values are an animal's ("the vet said", "that's for my cat"): its ranges are not a
     * person's, so every value is asked about. "A vet" as a former soldier needs "the vet" or a
     * visit word.
     */
    private static final Pattern NOT_HUMAN = Pattern.compile(
            "\\b(?:the vet|vet (?:clinic|said|says|told|bloodwork|blood work|labs?|results?|visit|ran|did|drew|office|hospital|er|tech)"
            + "|(?:from|at|to) (?:the |our |my )?vet|veterinar(?:y|ian|ians|io|ia)"
            + "|(?:for|of|from) (?:my|our|the|his|her) (?:cat|dog|puppy|pup|kitten|kitty|horse|pony|pet|rabbit|bunny|ferret|parrot|hamster|guinea pig)"
            + "|(?:my|our|the) (?:cat|dog|puppy|kitten|horse|pony|pet|rabbit|bunny|ferret)'?s (?:blood|labs?|results?|cbc|bloodwork|blood work|numbers|counts?|values|panel|tests?)"
            + "|(?:de|para) (?:mi|nuestr[oa]|el|la) (?:perr[oa]|gat[oa]|mascota|caballo))\\b");
    /**
     * Right after a value, the writer says it is an old one ("7.2 - wait no that's from 2022",
     * "platelets 90, but that's an old result"): the current value is asked for.
     */
    private static final Pattern SAID_OLD = Pattern.compile(
            "^[^.!?\\n]{0,40}?\\b(?:that'?s|thats|that is|this is|that was|it'?s|its|those are|that one'?s|that one is) "
            + "(?:from (?:(?:19|20)\\d\\d|last (?:year|month|spring|summer|fall|autumn|winter|time)|(?:a|an|my|the) (?:old|previous|earlier)"
            + "|(?:years|months) ago|before (?:my|the|his|her) (?:transplant|surgery|treatment|chemo|diagnosis))"
            + "|an old (?:one|result|number|value|report|test|printout)|the old (?:one|result|number|value|report|test|printout))\\b");
    /** A date written with numbers only ("03/04"), which can be read as two dates. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b");
    /** With a numeric date: the writer does not know which of two dates it is. */
    private static final Pattern WHICH_DATE = Pattern.compile(
            "\\b(?:which (?:one|date|draw|day|test|month) (?:is it|it is|was it|it was|is that|is this)"
            + "|(?:draws?|tests?|labs?|bloodwork|blood work|cbcs?) (?:on|in) (?:[a-z]+ \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+) and (?:on )?(?:[a-z]+ \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+)"
            + "|(?:day|month) (?:first|or (?:the )?(?:day|month))|(?:american|us|european|uk|british) (?:or|vs) (?:american|us|european|uk|british)"
            + "|(?:could|might|may) be (?:either )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b[^.!?\\n]{0,20}? or)\\b");

    /** The writer does not know when the value was measured. */
    private static final Pattern UNDATED = Pattern.compile(
            "\\b(?:no date|undated|not dated|without (?:a )?date|date (?:is )?(?:missing|cut off|torn|smudged)"
            + "|(?:don'?t|do not|dont) know (?:when|the date|what date|what day|which day|how old)"
            + "|(?:not sure|unsure|no idea|can'?t tell|cant tell) (?:when|what date|what day|which day|of the date"
            + "|(?:if|whether) (?:that'?s|thats|that is|it'?s|its|it is|this is|they'?re|theyre) (?:from )?(?:today|todays|today'?s|this week|recent|current|new|old|from today))"
            + "|today'?s or yesterday'?s|todays or yesterdays|yesterday'?s or today'?s"
            + "|old (?:printout|print out|print-out|paper|papers|report|sheet|lab sheet|results?|labs?|bloodwork|blood work|chart)"
            + "|(?:found|came across|dug up) (?:an?|some|this|my) (?:old|random)"
            + "|sin fecha|no (?:tiene|trae) fecha|no s[eé] de cu[aá]ndo|(?:papel|hoja|resultado|an[aá]lisis) viej[oa])\\b");
    /** The lab flags the sample or the result as unreliable ("recollect" alone may mean "remember"). */
    private static final Pattern SPECIMEN = Pattern.compile(
            "\\b(?:(?:platelet|plt) (?:clumps?|clumping|aggregates?)|clump(?:s|ed|ing)? (?:seen|noted|present|detected|observed)"
            + "|(?:platelets|plts?|sample|specimen) (?:were |are |is |was )?(?:clumped|clumping|clotted)"
            + "|(?:unable|not able) to (?:report|give|provide|count|determine)|(?:could|can)(?:n'?t| not) (?:report|count|determine) (?:an? )?(?:accurate|reliable|exact)"
            + "|clumped (?:sample|specimen|platelets|blood)|(?:sample|specimen|blood) (?:was |is )?clumped"
            + "|h(?:a)?emoly[sz]ed|(?:sample|specimen) (?:shows |showed |with )?h(?:a)?emoly[sz]is|(?:slight|gross|marked) h(?:a)?emoly[sz]is"
            + "|recollection (?:in|requested|suggested|needed|advised|recommended)|(?:please|suggest|recommend|need to|needs to|will|to) re-?collect"
            + "|citrate tube|(?:sample|specimen) (?:was |is )?(?:rejected|contaminated|insufficient|unsuitable|compromised|clotted)"
            + "|clotted (?:sample|specimen|tube)|(?:suggest|please|recommend|advise)(?:ed)? (?:a )?(?:repeat|redraw|re-draw)"
            + "|lab error|falsely (?:low|high|decreased|elevated)|spurious(?:ly)?|pseudo ?thrombocytopenia"
            + "|(?:result|value|count|sample|specimen)s? (?:is |are |was |were |may be |might be )?(?:unreliable|questionable|invalid)"
            + "|agregados plaquetarios|muestra (?:coagulada|hemolizada|rechazada|contaminada)|hemolizad[ao]|repetir (?:la )?muestra)\\b");

    /**
     * A second, corrected or uncorrected number of the same line ("corrected for nucleated red
     * cells", "uncorrected wbc"): the writer is asked which number is the current one.
     */
    private static final Pattern CORRECTED = Pattern.compile(
            "\\b(?:(?:corrected|adjusted) (?:for )?(?:the )?(?:nucleated|nrbcs?)|uncorrected (?:wbc|white|count)|nucleated red (?:blood )?cells"
            + "|nrbc[- ]?(?:corrected|adjusted)|(?:corrected|uncorrected) (?:wbc|white (?:count|cells?)|count))\\b");
    /**
     * The number is an estimate by a device or an app, or a figure of speech ("my smartwatch
     * estimated", "like a million lol"): the exact number on a lab report is asked for.
     */
    private static final Pattern NOT_MEASURED = Pattern.compile(
            "\\b(?:smart ?watch|(?:fitness|health) (?:tracker|app)|fitbit|apple watch|wearable|(?:app|watch|phone|device|gadget) (?:estimated|estimates|guessed|says i'?m|thinks)"
            + "|estimated (?:my|his|her|their) (?:hemoglobin|haemoglobin|hgb|hb|platelets?|white)|non-?invasive (?:hemoglobin|haemoglobin|hb) (?:meter|monitor|reading)"
            + "|like (?:a|one) (?:million|billion|gazillion|zillion|bajillion)|(?:a|one) (?:million|billion) (?:lol|haha|lmao)|through the roof)\\b");

    private static final Pattern TODAY_WORD = Pattern.compile("\\b(?:today|todays|tonight|this morning|hoy)\\b");

    /** After a name: a level it might cross ("drops under 8", "goes below 20", "gets over 1.5"). */
    private static final Pattern CROSSES = Pattern.compile(
            "^\\s*(?:(?:is|are|ever|gets|get|goes|go|drops?|falls?|dips?|sinks?|rises?|climbs?|stays?|baja|cae|est[aá])\\s+)"
            + "(?:(?:down|up|to)\\s+)?(?:under|below|less than|lower than|over|above|more than|higher than|de|por debajo de"
            + "|menos de|m[aá]s de)\\s?\\d");
    /** Before a name: "if my", "unless her", "once his", "si mi". */
    private static final Pattern IF_OWN = Pattern.compile(
            "\\b(?:if|unless|once|when|si|cuando) (?:my|his|her|their|our|mi|su|sus|mis)\\s*$");
    /** The level was named by someone ("the doctor said", "they told me"). */
    private static final Pattern NAMED = Pattern.compile("\\b(?:said|says|told|tells|explained|mentioned|dijo|dice|me dijeron)\\b");

    private ResultStandings() {
    }

    /**
     * Analytes named only with a level the care team said they would act at, with no value of
     * their own in the message: added to {@code unread} with a question for the latest result.
     */
    private static void levelsOnly(String norm, TokenView v, List<ValueLinker.Found> found, Set<Analyte> unread,
                                   Set<String> questions, CbcMessages messages) {
        if (!NAMED.matcher(norm).find()) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m == null || m.analyte() == null || unread.contains(m.analyte())
                    || found.stream().anyMatch(f -> f.analyte() == m.analyte())) {
                continue;
            }
            int from = v.tokens.get(m.end()).end();
            String after = norm.substring(from, ValueDoubts.windowEnd(norm, from));
            String before = norm.substring(Math.max(0, v.tokens.get(m.start()).start() - 20), v.tokens.get(m.start()).start());
            if (CROSSES.matcher(after).lookingAt() && IF_OWN.matcher(before).find()) {
                unread.add(m.analyte());
                questions.add(messages.askLatestResult(m.analyte().layName()));
            }
        }
    }

    static ValueDoubts.Review review(String norm, TokenView v, ValueDoubts.Review in, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>();
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        boolean specimen = SPECIMEN.matcher(norm).find();
        boolean undated = UNDATED.matcher(norm).find()
                || NUMERIC_DATE.matcher(norm).find() && WHICH_DATE.matcher(norm).find();
        boolean notHuman = NOT_HUMAN.matcher(norm).find();
        boolean pending = PENDING.matcher(norm).find();
        boolean recheck = RECHECK.matcher(norm).find();
        boolean whose = WHOSE.matcher(norm).find();
        boolean corrected = CORRECTED.matcher(norm).find();
        boolean notMeasured = NOT_MEASURED.matcher(norm).find();
        for (ValueLinker.Found f : in.found()) {
            if (f.analyte() == null) {
                kept.add(f);
                continue;
            }
            String name = f.analyte().layName();
            int j = index(v, f.value());
            String before = j < 0 ? "" : norm.substring(v.tokens.get(ownStart(v, j, f.analyte())).start(),
                    f.value().start());
            if (notHuman) {
                questions.add(messages.askNotHuman());
            } else if (whose) {
                questions.add(messages.askWhoseResult());
            } else if (specimen) {
                questions.add(messages.askSampleFlagged(name));
            } else if (notMeasured) {
                questions.add(messages.askExactNumber(name));
            } else if (corrected) {
                questions.add(messages.askWhichIsCurrent(name));
            } else if (j >= 0 && OTHER_SPECIMEN.matcher(sentence(norm, v, j)).find() && !bloodSaid(sentence(norm, v, j))) {
                questions.add(messages.askOtherSpecimen(name));
            } else if (j >= 0 && OTHER_SOURCE.matcher(norm.substring(f.value().end())).find()) {
                questions.add(messages.askWhichIsCurrent(name));
            } else if (SAID_OLD.matcher(norm.substring(f.value().end())).lookingAt()) {
                questions.add(messages.askNewerResult(name));
            } else if (undated && !(j >= 0 && todayClause(around(norm, v, j)))) {
                questions.add(messages.askWhenTested(name));
            } else if (RANGE_BEFORE.matcher(before).find() && RANGE_AFTER.matcher(norm.substring(f.value().end())).lookingAt()) {
                questions.add(messages.askMissingValue(name));
            } else if (EXPECTED.matcher(before).find() || j >= 0 && EXPECTED_AROUND.matcher(norm.substring(
                    v.tokens.get(clauseStart(v, j)).start(), f.value().start())).find()) {
                questions.add(messages.askExpectedValue(name));
            } else if (j >= 0 && !today(v, j) && (newerExpected(around(norm, v, j), pending, recheck)
                    || pending && EARLIER.matcher(sentenceBefore(norm, v, j)).find())) {
                questions.add(messages.askNewerResult(name));
            } else {
                kept.add(f);
                continue;
            }
            unread.add(f.analyte());
        }
        levelsOnly(norm, v, in.found(), unread, questions, messages);
        missing(norm, v, in.found(), unread, questions, messages);
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }

    /**
     * True when the value's clause makes it an older value whose newer result is pending, or a
     * value from before a treatment that will be checked again.
     */
    private static boolean newerExpected(String clause, boolean pending, boolean recheck) {
        boolean beforeTreatment = BEFORE_TREATMENT.matcher(clause).find();
        return pending && (beforeTreatment || EARLIER.matcher(clause).find()) || recheck && beforeTreatment;
    }

    /** A blood test named as the value's own: "wbc 12 in my blood count"; "not the blood one" does not count. */
    private static boolean bloodSaid(String sentence) {
        return BLOOD_SAID.matcher(sentence).find();
    }

    private static final Pattern BLOOD_SAID = Pattern.compile(
            "(?<!not (?:the |my |a )?)(?<!not )\\b(?:blood (?:test|count|work|draw|panel|one)|bloodwork|cbc)\\b");

    /** The text of the value's sentence, from its start to the next sentence end after the value. */
    private static String sentence(String norm, TokenView v, int j) {
        int start = j;
        while (start > 0 && !TokenView.isSentenceEnd(v.tokens.get(start - 1))) {
            start--;
        }
        int end = j + 1;
        while (end < v.size() && !TokenView.isSentenceEnd(v.tokens.get(end))) {
            end++;
        }
        int to = end < v.size() ? v.tokens.get(end).start() : norm.length();
        return norm.substring(v.tokens.get(start).start(), to);
    }

    /** The text of the value's sentence before the value: "my counts were low last month, hgb ". */
    private static String sentenceBefore(String norm, TokenView v, int j) {
        int start = j;
        while (start > 0 && !TokenView.isSentenceEnd(v.tokens.get(start - 1))) {
            start--;
        }
        return norm.substring(v.tokens.get(start).start(), v.tokens.get(j).start());
    }

    /** Right after a name: the result is not there ("anc pending", "wbc not back yet", "plt: to follow"). */
    private static final Pattern PENDING_AFTER = Pattern.compile(
            "^[\\s:=,'\"‘’“”-]*(?:(?:count|level|result|is|was|still|says|shows|just|only|reads)\\s+){0,3}['\"‘’“”]?(?:pending|not (?:back|in|resulted|reported|ready|available)(?: yet)?"
            + "|to follow|in process|processing|being processed|not done|tnp|pendiente"
            + "|see (?:the )?(?:comments?|notes?|below|footnote)|refer to (?:the )?(?:comment|note)|cancell?ed|not reported|qns)\\b");
    /** After a name: only a flag or a range ("says h next to it", "reference range 12.0-15.5"). */
    private static final Pattern FLAG_OR_RANGE = Pattern.compile(
            "^[\\s:=,-]*(?:(?:today|count|level|result|just|only|has|have|had|says|shows|is|it|with|an?|the)\\s+){0,4}"
            + "(?:(?:h|l|hi|lo|high|low|abnormal|red|critical)\\s+(?:flag|next to|beside|by)|(?:an? )?(?:h|l|high|low|red|abnormal) flag"
            + "|(?:reference|ref|normal|standard|lab) range|range (?:of|is)|rango (?:normal|de referencia))");
    /** Between a name and its number: the number starts a range ("platelets have a normal range of 150-400"). */
    private static final Pattern RANGE_BEFORE = Pattern.compile(
            "\\b(?:reference|ref|normal|standard|lab) range(?: (?:of|is|was|from))?[\\s:=]*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s?(?:-|–|to)\\s?\\d");
    /** Somewhere in the message: the number itself is not there. */
    private static final Pattern NO_NUMBER = Pattern.compile(
            "\\b(?:no (?:number|value|result|count)s?|(?:number|value|result)s? (?:is |are )?(?:missing|blank|empty|not (?:showing|shown|there|listed|printed))"
            + "|(?:doesn'?t|does not|dont|don'?t|didn'?t) (?:show|list|give|say) (?:the |a |any )?(?:number|value|result)"
            + "|that'?s all|thats all|all i (?:see|can see|have|got)|only (?:shows|says|has|lists) (?:the |a )?(?:range|flag|h|l)"
            + "|(?:number|value|result)s? (?:is |are |was |got )?(?:cut off|cropped|hidden|not visible|unreadable|too small to read)"
            + "|can'?t (?:see|read) the (?:number|value)"
            + "|sin (?:n[uú]mero|valor|resultado))\\b");
    /** Right before a name: only a flag next to it ("a red L next to hemoglobin"). */
    private static final Pattern FLAG_BEFORE = Pattern.compile(
            "\\b(?:h|l|hi|lo|high|low|red|critical|abnormal)(?: flag)? (?:next to|beside|by|against) (?:the |my )?$");
    /** A number the sample flag is about, given without the name ("the number says 62"). */
    private static final Pattern FLAGGED_NUMBER = Pattern.compile(
            "\\b(?:the )?(?:number|value|result|count) (?:says|is|shows|reads|was|came back(?: at)?)\\s*\\d");

    /**
     * Analytes named without a value of their own, where the words right after the name say the
     * result is pending, or show only a flag or a range while the message says the number is not
     * there: asked for the number, never read from the range.
     */
    private static void missing(String norm, TokenView v, List<ValueLinker.Found> found, Set<Analyte> unread,
                                Set<String> questions, CbcMessages messages) {
        boolean noNumber = NO_NUMBER.matcher(norm).find();
        boolean flaggedNumber = SPECIMEN.matcher(norm).find() && FLAGGED_NUMBER.matcher(norm).find();
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m == null || m.analyte() == null || unread.contains(m.analyte())
                    || found.stream().anyMatch(f -> f.analyte() == m.analyte())) {
                continue;
            }
            int from = v.tokens.get(m.end()).end();
            String after = norm.substring(from, ValueDoubts.windowEnd(norm, from));
            String before = norm.substring(Math.max(0, v.tokens.get(m.start()).start() - 30), v.tokens.get(m.start()).start());
            if (flaggedNumber) {
                unread.add(m.analyte());
                questions.add(messages.askSampleFlagged(m.analyte().layName()));
            } else if (PENDING_AFTER.matcher(after).lookingAt()
                    || noNumber && (FLAG_OR_RANGE.matcher(after).lookingAt() || FLAG_BEFORE.matcher(before).find())) {
                unread.add(m.analyte());
                questions.add(messages.askMissingValue(m.analyte().layName()));
            }
        }
    }

    /** The text of the value's clause: from its start to the next clause end after the value. */
    private static String around(String norm, TokenView v, int j) {
        int end = j + 1;
        while (end < v.size() && !TokenView.isClauseEnd(v.tokens.get(end))) {
            end++;
        }
        int to = end < v.size() ? v.tokens.get(end).start() : norm.length();
        return norm.substring(v.tokens.get(clauseStart(v, j)).start(), to);
    }

    /**
     * Where the words that describe the value at {@code j} begin: the last name of its analyte
     * before it in its clause ("my anc will probably drop to 0.5"), else the clause start, so
     * that "I will get chemo if my anc is 1.5" is not an expected value.
     */
    private static int ownStart(TokenView v, int j, Analyte analyte) {
        int start = clauseStart(v, j);
        for (int k = j - 1; k >= start; k--) {
            if (v.mentionAt[k] != null && v.mentionAt[k].analyte() == analyte) {
                return k;
            }
        }
        return start;
    }

    /** The index of the first token of the clause holding token {@code j}. */
    private static int clauseStart(TokenView v, int j) {
        int start = j;
        while (start > 0 && !TokenView.isClauseEnd(v.tokens.get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * True when the value's clause says it is today's without a doubt about the date in it ("but
     * today my wbc is 5.2"; not "either today's or yesterday's").
     */
    private static boolean todayClause(String clause) {
        return TODAY_WORD.matcher(clause).find() && !UNDATED.matcher(clause).find();
    }

    /** True when a word for today stands right before or after the value ("today 87", "87 this morning"). */
    private static boolean today(TokenView v, int j) {
        for (int t = Math.max(0, j - 2); t <= Math.min(v.size() - 1, j + 3); t++) {
            if (v.isWord(t, "today") || v.isWord(t, "todays") || v.isWord(t, "tonight") || v.isWord(t, "morning")
                    || v.isWord(t, "hoy")) {
                return true;
            }
        }
        return false;
    }

    private static int index(TokenView v, Token.Num n) {
        for (int i = 0; i < v.size(); i++) {
            if (v.tokens.get(i) == n) {
                return i;
            }
        }
        return -1;
    }
}
