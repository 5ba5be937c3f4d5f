package org.healthlibrary.assistant.safety;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and patterns {@link MentionAnalysis} uses to read how a symptom is mentioned:
 * negation cues and what ends their reach, past and present cues, hypotheticals, question
 * forms and who is experiencing the symptom. All run on normalised text ({@link CanonicalText}).
 * What someone else said or a story told is in {@link ReportedSpeechCues}, an episode a hospital
 * saw to in {@link EpisodeCues}.
 *
 * <p>Kept apart from the logic so the vocabulary can be reviewed on its own. Every repetition
 * is bounded, so each pattern is linear in its input. Constants only; thread-safe.
 */
final class MentionCues {

    private MentionCues() {
    }

    static final Set<String> NEGATION_CUES = Set.of(
            "no", "not", "never", "without", "none", "nor", "neither", "zero", "deny", "denies",
            "denied", "denying", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "isn't",
            "aren't", "wasn't", "weren't", "ain't", "free", "negative", "sin", "nothing");

    /** Words after which an earlier negation no longer applies: a new subject, time or turn. */
    static final Set<String> NEGATION_BREAKERS = Set.of(
            "and", "but", "then", "now", "so", "because", "though", "although", "however", "yet",
            "still", "also", "plus", "i", "i'm", "i've", "i'd", "i'll", "my", "me", "he", "she",
            "he's", "she's", "him", "his", "her", "it", "it's", "there", "there's", "we", "we're",
            "they", "they're", "which", "who", "that's", "while", "when", "since", "after", "until",
            "today", "tonight", "suddenly", "started", "starting", "help", "please",
            // Spanish: "sin casco y se pegó en la cabeza" (the helmet is negated, not the knock)
            "y", "pero", "ahora", "luego", "entonces");

    /** Negation words that do not negate a symptom ("not sure", "no one", "never ... like this"). */
    static final Pattern PSEUDO_NEGATION = Pattern.compile(
            "\\bnot (?:sure|certain|only|just|well|good|great|ok|okay|alright|right|normal|better|improving"
            + "|getting better|going away|go away|stopping|helping|responding|eating|sleeping|drinking|myself"
            + "|even|feeling (?:well|good|great|right|myself|ok|okay|like myself)|making (?:any )?sense)\\b"
            + "|\\bno (?:one|idea|matter|help|better|relief|energy|appetite|reason|way|doubt|change|improvement|sleep)\\b"
            + "|\\bdon't (?:know|understand|feel (?:well|good|great|right|ok|okay)|think|get it|care|remember|like)\\b"
            + "|\\bdoesn't (?:help|feel right|seem right|make sense)\\b|\\bdidn't (?:help|work|know)\\b"
            + "|\\bcan't (?:[a-z']+ ){1,4}?without\\b"
            + "|\\bnever (?:[a-z']+ ){0,5}?(?:like this|this bad|so bad|this severe|this much|until now|until today)\\b"
            + "|\\bsin (?:querer|darse cuenta|darme cuenta|pensar)\\b");

    static final Pattern OR_BEFORE = Pattern.compile("(?:\\b(?:or|nor)|\\band/or),?\\s*$");

    /** "chest pain: no", "the chest pain is gone", "the feeling went away" (right after the mention). */
    static final Pattern POST_NEGATION = Pattern.compile(
            "^\\s*(?:[:\\-]\\s*(?:no|none|negative|denied|denies)\\b"
            + "|,?\\s*(?:(?:feeling|thing|problem|issue|episode|pain|symptoms?|sensation|part)\\s+)?"
            + "(?:(?:is|was|has|have|are|had|it's|its)\\s+)?(?:(?:all|completely|totally|now|finally|already)\\s+){0,2}"
            + "(?:gone|went away|resolved|stopped|cleared up|absent)\\b)");

    static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\b(?:but|however|although|though|except|yet|whereas|anyway)\\b"
            + "|(?:,\\s*|\\s)(?:and|so|then)\\s+(?=(?:i|i'm|i've|i'd|my|me|he|she|he's|she's|his|her|it|it's|there"
            + "|there's|we|they|now|then|suddenly|also|still|today|tonight|this)\\b)"
            + "|,\\s*(?=(?:i|i'm|i've|i'd|my|he|she|he's|she's|his|her|it|it's|there|there's|we|they|now|suddenly"
            + "|today|tonight|had|has|have|was|were|got|went|took|am|is|are|should|could|would|can|will|does|did|do|how|what|why|any|ok|okay"
            + "|thermometer|anyway|anyways|last|platelets|plts|plt|hgb|hemoglobin|wbc|anc|counts|temp|temperature)\\b)");

    static final Pattern PAST = Pattern.compile(
            "\\b(?:last (?:year|month|summer|winter|spring|fall|autumn|christmas|decade|week|time|season|semester|term|school year)"
            + "|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple(?: of)?|many|some|\\d{1,2})"
            + " (?:years?|yrs?|months?|mos?|weeks?|wks?|decades?) (?:ago|back|before)"
            + "|years? ago|yrs? ago|months? ago|weeks? ago|a while (?:ago|back)|long (?:time )?ago|used to|in the past|history of|hx of"
            + "|in (?:19|20)\\d\\d|en (?:el )?(?:19|20)\\d\\d|as a (?:kid|child|teen|teenager|baby|toddler|young [a-z]+)"
            + "|when (?:i|he|she) was (?:a |little|young|younger|small|pregnant|in |\\d{1,3})"
            + "|in (?:my|his|her) (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s|youth|childhood)"
            + "|previously|once before|(?:had|have had|has had|got) (?:it|that|this|them|one|those) (?:before|once)"
            + "|year before last|back in the day|back then|at the time|got over|recovered from"
            + "|back in (?:college|school|high school|(?:19|20)\\d\\d|the (?:19)?\\d0s|the (?:sixties|seventies|eighties|nineties)"
            + "|january|february|march|april|may|june|july|august|september|october|november|december)"
            + "|(?:died|passed away) (?:of|from|after|because of)|(?:back )?in (?:\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth) grade"
            + "|(?:\\d{1,2}|two|three|four|five|a few|several) (?:winters?|summers?|springs?|falls?|christmases) ago"
            + "|cuando (?:era|eras|[eé]ramos) (?:niñ[oa]|chic[oa]|joven|pequeñ[oa])|de niñ[oa]|hace (?:\\d{1,2}|unos|muchos|varios) años"
            + "|in the (?:19)?[5-9]0s|in the (?:sixties|seventies|eighties|nineties)|in college|in high school"
            + "|when (?:i|he|she) was in (?:college|school|high school)"
            + "|last (?:cycle|round|infusion|treatment|session)|(?:my|his|her|their) (?:last|final) (?:days|moments|hours|weeks))\\b"
            + "|(?<!never )(?<!hasn't )(?<!hadn't )\\bhad\\b[^.!?]{0,80}\\bbefore\\W*$");

    /**
     * A comparison with an earlier episode after a mention ("hurts the same as before her stent in
     * 2019", "worse than when he had the crisis last year"): its dates belong to the earlier
     * episode, not to the symptom compared with it.
     */
    static final Pattern COMPARED_TO_PAST = Pattern.compile(
            "\\b(?:(?:the )?same as|just like|like|worse than|as bad as|similar to|different from|different than)"
            + " (?:before|when|the (?:last )?time|last time|back when|what (?:i|he|she|they) had)\\b");

    /** Year-scale past only: used for context facts such as chemotherapy, whose effect lasts weeks. */
    static final Pattern LONG_PAST = Pattern.compile(
            "\\b(?:last (?:year|decade)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\\d{1,2})"
            + " (?:years?|yrs?|decades?) (?:ago|back|before)|years? ago|yrs? ago|long (?:time )?ago|in (?:19|20)\\d\\d"
            + "|as a (?:kid|child|teen|teenager|baby)|when (?:i|he|she) was (?:a |little|young|younger|small|\\d{1,3})"
            + "|in (?:my|his|her) (?:teens|twenties|thirties|childhood|youth))\\b");

    static final Pattern PRESENT = Pattern.compile(
            "\\b(?:now|right now|currently|today|tonight|this (?:morning|afternoon|evening|week)|at the moment|it's a lot|its a lot"
            + "|(?<!none |not |never |nothing |no )since (?:this|last|yesterday|the|my|i|he|she|we|\\d|a|an|early|noon|lunch"
            + "|breakfast|dinner|waking|then|morning|tonight|today|it started)"
            + "|started|starting|began|begun|still|keeps?|keeping|again|ongoing|getting worse|worse|worsening"
            + "|for the (?:last|past) (?:few |couple (?:of )?|\\d{1,3} |two |three |several )?(?:minutes?|hours?|days?|night)"
            + "|just (?:now|had|happened|started|began|(?!(?:mentioned|told|asked|learned|noticed|texted|emailed|called|need|needed|bleed|feed|speed|breed|seed|heed|weed|proceed|succeed|exceed)\\b)[a-z]+ed)|happening|is back(?! to (?:normal|him|her|them|my|his|their))|came back|comes back|coming back|returned"
            + "|i've got|i feel|i'm feeling|all (?:day|night|morning|afternoon|evening)"
            + "|(?:i've|i have|he's|she's|he has|she has|we've|they've) been (?!(?:told|diagnosed|treated|on|in|to|through|fine|ok|okay|well|better|reading|wondering|curious)\\b))\\b"
            + "|(?<!(?:should|would|could|do|does|can|will|to|must) )\\b(?:i|he|she|we|they) (?:have|has) (?!(?:had|a history|history|been|ever|never|always)\\b)"
            + "|\\b(?:i'm|he's|she's|it's|is|are|am) (?:[a-z']+ )?(?!(?:some|any|no|every)thing\\b)[a-z]+ing\\b");

    /** "in remission now": the illness is over, which is no present cue for a symptom in the same clause. */
    static final Pattern IN_REMISSION = Pattern.compile("\\b(?:in (?:complete |full )?remission|cancer free)(?: now)?\\b");

    /** "if i have", "when he gets": a present-tense verb inside a condition is not a present cue. */
    static final Pattern CONDITIONAL_SUBJECT = Pattern.compile(
            "\\b(?:if|when|whenever|in case|unless) (?:i|he|she|we|they|you) (?:have|has|get|gets|feel|feels)\\b"
            + "|\\b(?:if|when|whenever|in case|unless) (?:i|he|she|we|they|you|my [a-z]+) ever (?:[a-z']+ ){0,2}?"
            + "(?:started|start|starts|began|begin|begins|have|had|has|get|got|gets|kept|keep|keeps)\\b(?:[^,.!?]{0,60}?\\bagain\\b)?"
            + "|\\bever\\b[^,.!?]{0,60}?\\bagain\\b"
            + "|\\bif (?:my |his |her |our |the )?[a-z]+ (?:ever |suddenly )?(?:started|began)\\b"
            + "(?=[^.!?,]{0,120}?\\bwhat (?:would|will|could|should) (?:the |a |i |we |you |they |he |she )?[a-z]+ do\\b)");

    /** "had a seizure in 2012, none since": an episode dated in the past and over. */
    static final Pattern RESOLVED_AFTER = Pattern.compile(
            "\\b(?:none|nothing|not|no more|no other|no further|never again|not once) (?:since|after|now|anymore|ever since|again)\\b");

    /** "never happened again": not a recurrence. */
    static final Pattern NO_RECURRENCE = Pattern.compile(
            "\\b(?:never|not|hasn't|haven't|didn't) (?:ever )?(?:happened|happen|came back|come back|had (?:it|one|that)) again\\b"
            + "|\\b(?:will|would|could|might|can|does|is) (?:it|this|that|they) (?:likely )?(?:to )?(?:happen|come back|recur|return) again\\b"
            + "|\\b(?:keep|keeping|stop|stopping|prevent|preventing) (?:it|them|this|that|these|those) from (?:coming back|returning|recurring|happening again)\\b"
            + "|\\b(?:if|when|in case|once|whether|should|before) (?:it|this|that|they|the cancer|my cancer|the leukemia|the lymphoma)"
            + " (?:ever |does |do |did |were to )?(?:comes? back|came back|returns?|recurs?|relapses?)\\b"
            + "|\\b(?:can|could|should|may|do|will) (?:i|we|he|she|they) (?:[a-z']+ ){1,4}?again\\b");

    static final Pattern RECURRENCE = Pattern.compile(
            "\\b(?:(?<!(?:donate|donating|give blood|giving blood|try|trying|do that|do it|do this|ask|test|retest|check|start"
            + "|drive|driving|work|working|travel|exercise|go|swim|eat|see|ever|weights|lift|lifting|gym|out|run|running|jog|jogging|play|playing|train|training|sports|bike|biking|fly|flying|school|class) )again|came back|comes back|coming back|is back(?! to (?:normal|him|her|them|my|his|their))|it's back|returned|returning|recurr(?:ed|ing)"
            + "|same thing (?:is )?happening)\\b");

    static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\bin (?:case|the event) of\\b"
            + "|\\b(?:if|in case|whenever|what if|suppose|supposing|let's say|say) (?:[a-z']+ ){0,4}?(?:ever|get|gets|start|starts"
            + "|develop|develops|notice|notices|were to|was to|should|experience|experiences|become|becomes|begin|begins"
            + "|has|have|faints|passes out|collapses|bleeds|falls|hits|seizes|stops breathing|throws up|vomits|swallows"
            + "|turn|turns|goes|happen|happens|do get|does get)\\b|\\bwhat if\\b"
            + "|\\bonce (?:i|he|she|we|they) (?:start|starts|begin|begins|get|gets|go|goes)\\b"
            + "|\\bwhat (?:happens|would happen|could happen|to do) (?:if|when)\\b"
            + "|\\bwhen (?:should|do|would|must|can) (?:i|you|we|one|someone|people|a person|patients)\\b"
            + "|\\bwhen to (?:call|go|seek|worry|get)\\b|\\bwhat (?:would|could) (?:i|we|you) (?:do|say) if\\b"
            + "|\\bif (?:[a-z']+ ){0,4}?(?:spikes|spiked|runs)\\b"
            + "|\\b(?:told|tells|said|says|instructed|advised|taught|warned|reminded) (?:me |us |him |her |them )?to\\b"
            + "|\\b(?:watch|look) (?:out )?for\\b|\\bhow (?:do|can|would|will) (?:i|you|we|one) (?:know|tell|recognize|spot)\\b"
            + "|\\bin the future\\b|\\bshould (?:i|he|she) ever\\b|\\bhypothetically\\b|\\bsomeday\\b|\\bsome day\\b"
            + "|^\\W*(?:say|let's say|suppose|supposing|imagine)\\b"
            + "|\\b(?:would|will|could) it be (?:bad|dangerous|serious|a problem|an emergency|ok|okay) if\\b"
            + "|\\bcu[aá]ndo (?:debo|debe|debemos|tengo que|hay que|llevo|llamo)\\b"
            + "|(?:^|[.!?¿¡,]\\s*|\\bque |\\by )si (?:un d[ií]a |alg[uú]n d[ií]a |alguna vez |otra vez )?(?:me|le|te|nos|mi|su|tengo|tiene|da|pasa)\\b|\\bmiedo (?:de )?que\\b"
            + "|\\b(?:worried|worry|scared|afraid|nervous|anxious|concerned|fear|fearful|terrified) (?:about|of) (?:getting|having|developing|catching|a |an |the )"
            + "|\\b(?:avoid|avoiding|prevent|preventing|protect (?:myself|me|him|her) from|risk of|chances? of|odds of|prone to)\\b");

    /**
     * "what's the point, ...": despair said as a question nobody asks, which opens no general
     * question (what follows it is about the writer now).
     */
    static final Pattern RHETORICAL_DESPAIR = Pattern.compile(
            "^[\\s\"'(]*(?:what's|whats|what is) the point(?: anymore| of (?:living|anything|it all|going on|trying|life|any of it))?\\s*(?:[,.;!]|$)");

    /**
     * "what would happen if someone drank ...": a supposition about anyone, asked at the opening of
     * its clause, whatever else the message says is happening now (moving house, baby-proofing).
     */
    static final Pattern WHAT_IF_ANYONE = Pattern.compile(
            "^[\\W]*(?:so |ok |okay |but |and )?what (?:would|will|could|might) happen if (?:someone|somebody|anyone|a person|people|you"
            + "|a (?:kid|child|toddler|baby|dog|cat)) (?:ever |accidentally |actually )?");

    static final Pattern QUESTION_START = Pattern.compile(
            "^[\\s\"'(]*(?:what|what's|why|how|how's|can(?! (?:barely|hardly|only|no longer|just about)\\b)|could|does|do|did|is|are|was|will|would|should|when|which|who"
            + "|where|tell me|explain|define|describe|info|information|any info|i want to (?:know|learn|understand)"
            + "|i'd like to (?:know|learn)|i wonder|i was wondering|i'm wondering|wondering|curious|just curious"
            + "|i'm curious|quick question|question|at what point|qu[eé]|c[oó]mo|por qu[eé]|cu[aá]l|cu[aá]ndo)(?![a-z'])");

    /** Phrases that mention the asker without making them the one with the symptom. */
    static final Pattern META = Pattern.compile(
            "\\b(?:tell me|tell us|show me|give me|explain(?: to me)?|help me (?:understand|learn|know)|let me know"
            + "|can you tell me|could you tell me|i want to (?:know|learn|understand)|i'd like to (?:know|learn|understand)"
            + "|i (?:was|am|'m) (?:wondering|curious)|i'm (?:wondering|curious|just curious)|i wonder"
            + "|i (?:read|heard|saw|learned)|i was told|for me to understand|do you know|i need to know"
            + "|my (?:doctor|nurse|oncologist|hematologist|provider|care team|pharmacist|teacher|professor|class|school)"
            + "|i'm (?:a nurse|a student|a caregiver|writing|studying|doing)|just curious"
            + "|like (?:i'm|i am|im) (?:\\d{1,2}|five|ten|a kid|a child|five years old)"
            + "|(?:(?:my|our|a|his|her) )?(?:biology|science|school|class|research|college|uni|health) (?:project|assignment|report|essay|paper|homework)"
            + "|(?:i|we) should (?:watch|look) (?:out )?for)\\b");

    static final Pattern EXPERIENCER = Pattern.compile(
            "\\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|our|us|he|he's|she|she's|him|his|her|hers"
            + "|himself|herself|husband|wife|son|daughter|mom|mum|mother|dad|father|child|kid|baby|boy|girl|partner"
            + "|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather|brother|sister|friend|aunt|uncle|roommate"
            + "|neighbor|neighbour|family member|mi|mis|yo|tengo|tiene|tuvo|mam[aá]|pap[aá]|hijo|hija|esposo|esposa|abuela|abuelo|le|nos|estoy|est[aá])\\b"
            + "|\\bis (?:it|this|that) (?:normal|ok|okay|bad|serious|dangerous|an emergency)\\b|\\bshould i be worried\\b"
            + "|^\\W*(?:took|ate|swallowed|drank|fell|hit|passed|fainted|threw|vomited|puked|coughed|woke|been|feel|feeling|having)\\b"
            + "|^\\W*what (?:came|comes|come) (?:up|out)\\b");

    /** "can anemia cause ...", "could my anemia lead to ...": asks about causes, not about a present symptom. */
    static final Pattern CAUSAL_QUESTION_BEFORE = Pattern.compile(
            "\\b(?:can|could|does|do|will|would|might|may|is|are)\\b(?: [a-z0-9']+){1,4}? (?:cause|causes|lead to|give you|make you"
            + "|result in|bring on|trigger|increase the risk of|raise the risk of|a sign of|a symptom of|signs of|symptoms of"
            + "|related to|linked to|associated with)\\b(?: [a-z']+){0,2} ?$");

    /** The asker says they have it now, after the symptom: "... the chest pain I'm having". */
    static final Pattern FIRST_PERSON_PRESENT_AFTER = Pattern.compile(
            "\\b(?:i'm having|i am having|i have|i've been having|i've got|i get|i feel|i'm feeling|he's having|she's having"
            + "|he has|she has|right now|now|today|tonight|this morning|at the moment)\\b");

    /** In a later sentence: "I have it now", "I've been having this all day". */
    static final Pattern HAVING_IT_NOW = Pattern.compile(
            "\\b(?:i'm having (?:it|this|that|them|these)|i have (?:it|this|that|them|these)|i've been having|i've got (?:it|this)"
            + "|i'm feeling (?:it|this)|i feel (?:it|this)|right now|happening (?:to me )?now|happening to me)\\b");

    /** "will I bleed a lot", "would he pass out": a question about what may happen, just before the mention. */
    static final Pattern FUTURE_QUESTION = Pattern.compile(
            "^\\W*(?:will|would) (?:i|he|she|we|they|you|it|my [a-z]+|the [a-z]+)(?! be having\\b) (?:[a-z']+ ){0,3}$");

    /** "if my nose bleeds for an hour, should I ...": an if-clause opening the sentence, up to the mention. */
    static final Pattern IF_CLAUSE = Pattern.compile("^[\\W]*(?:and |so |but |ok |okay |also )?(?:if|in case|suppose|supposing|say|let's say|imagine) [^,.;:!?]{0,100}$");

    /** The message says nothing is happening now ("not bleeding now, I just want a plan"). */
    static final Pattern NOT_NOW = Pattern.compile(
            "\\b(?:(?:not|isn't|nothing is|nothing's) (?:bleeding|happening|going on|wrong) (?:right )?now"
            + "|(?:i )?just want (?:a plan|to have a plan|to be (?:prepared|ready)|to know ahead)|want to be (?:prepared|ready)"
            + "|for (?:the future|next time|future reference))\\b");

    /** A condition word before the mention, for {@link #NOT_NOW}. */
    static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|in case|whenever)\\b");

    /**
     * A main clause that asks what would follow, after an if-clause ("would I even know", "will
     * I need"); not "what do I do" or "should I call", which someone in the middle of it asks.
     */
    static final Pattern MODAL_AFTER = Pattern.compile(
            "\\b(?:would|will|could|might|does it|is it|is that|how (?:would|will|do|can) (?:i|we|you) (?:know|tell))\\b");

    /** Fear of something that has not happened ("I'm scared I might pass out during the biopsy"). */
    static final Pattern FEAR_OF_EVENT = Pattern.compile(
            "\\b(?:scared|afraid|worried|nervous|anxious|terrified|fear|worry|worrying|paranoid|freaked out|freaking out) (?:that )?"
            + "(?:(?:i|he|she|they|we|my [a-z]+)(?:'ll| will| might| could| would| may| am going to| is going to| are going to| gonna)|ill)\\b");

    /** An event still to come, for {@link #FEAR_OF_EVENT}. */
    static final Pattern FUTURE_EVENT = Pattern.compile(
            "\\b(?:during|at|before|after|on|for|in) (?:the|my|his|her|our|tomorrow's|this|that|an?|next) (?:[a-z']+ ){0,2}?"
            + "(?:biopsy|procedure|surgery|operation|appointment|transfusion|infusion|draw|test|scan|mri|ct|flight|trip|exam"
            + "|c section|delivery|labou?r|treatment|chemo|cycle|donation|injection|shot|visit|placement|puncture|spinal tap"
            + "|wedding|race|game|hike|extraction|cleaning|filling|root canal|dental work|dentist|colonoscopy|endoscopy"
            + "|vaccine|vaccination|tattoo|piercing|blood test|bone marrow)\\b|\\b(?:tomorrow|next (?:week|month|time)|someday|some day|one of these (?:days|nights|mornings)|one (?:day|morning|night|evening))\\b"
            + "|\\bwhile (?:i'm|i am|we're|he's|she's|they're) (?:at|away|out|gone|asleep)\\b|\\blike (?:my|his|her) [a-z]+ did\\b");

    static final Pattern DEIXIS_BEFORE = Pattern.compile("\\b(?:this|these|that|the same)\\s*$");

    /** Words in a question clause that point at something present ("is it a stroke?", "is this a seizure?"). */
    static final Pattern CLAUSE_DEIXIS = Pattern.compile("\\b(?:it|it's|this|these|that|he|she|they|he's|she's|they're|someone|somebody)\\b");
}
