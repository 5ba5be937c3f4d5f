package org.healthlibrary.assistant.safety;

import java.util.regex.Pattern;

/**
 * The patterns {@link MentionAnalysis} uses to tell a symptom someone else reported, or one from
 * a story, show or post, from the asker's own: reporting verbs, reactions and truth questions,
 * figures of speech, media, people known through someone else. All run on normalised text
 * ({@link CanonicalText}).
 *
 * <p>Kept apart from the logic (and from {@link MentionCues}, which reads negation, time and
 * questions) so the vocabulary can be reviewed on its own. Every repetition is bounded, so each
 * pattern is linear in its input. Constants only; thread-safe.
 */
final class ReportedSpeechCues {

    private ReportedSpeechCues() {
    }

    /** "my sister says", "the pamphlet says", "a friend told me", "I read that", "according to". */
    static final Pattern REPORTING = Pattern.compile(
            "\\b(?:says|said|say|saying|tells (?:me|us|him|her|everyone|people)|told (?:me|us|him|her|them|everyone|(?:my|his|her|our) [a-z]+)|telling (?:me|us|everyone|people)"
            + "|warned (?:me|us)|warns|mentioned|claims|claimed|insists|insisted|swears|swore|reckons|wrote|writes|posted|explained|read|heard|hears"
            + "|me cont[oó](?: que)?|me dijo(?: que)?|dijo que|dice que|cont[oó] que"
            + "|according to)(?: (?:online|on (?:tiktok|facebook|reddit|the internet|a forum)|that|once|always))?\\b");

    /**
     * A reporting verb with its subject left out right after a comma ("now he can't walk straight,
     * says the room is spinning"): the person the sentence is about, telling what they feel.
     */
    static final Pattern ELIDED_SUBJECT = Pattern.compile(",\\s*(?:and |and now |now )?$");

    static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|i've|i'd|me|my|myself|we|we're|our|us)\\b");

    /** A present or just-now cue inside reported words keeps the mention affirmed. */
    static final Pattern PRESENT_NOW = Pattern.compile(
            "\\b(?:now|right now|today|tonight|this (?:morning|afternoon|evening)|last night|yesterday|just now|just had|just happened|just started|earlier"
            + "|an hour ago|minutes ago|still|again|keeps?|currently|is having|has been)\\b");

    static final Pattern REPORTED_PAST = Pattern.compile(
            "\\b(?:had|was|were|got|went|caused|gave|passed|fainted|died|dropped dead|did|ended up|used to|vomited|threw up|bled|collapsed|couldn't|tuvo|ten[ií]a|fue|dio|pas[oó]|muri[oó]|sufri[oó])\\b");

    /** A clinician as the one reporting ("the cardiologist said", "my doctor told me"). */
    static final Pattern CLINICIAN = Pattern.compile(
            "\\b(?:doctor|doctors|doc|dr|cardiologist|pediatrician|paediatrician|gp|nurse|er|a&e|neurologist|oncologist|hematologist"
            + "|specialist|physician|surgeon|midwife|urgent care|hospital)\\b");

    /**
     * Right after a mention, the harmless cause a clinician gave it ("[chest tightness] was anxiety",
     * "[the nosebleeds] are from dry air"): a symptom explained away, not one happening now.
     */
    static final Pattern EXPLAINED_AS = Pattern.compile(
            "^\\s*(?:was|is|were|are|came from|comes from|was from|is from|was due to|is due to)"
            + " (?:just |only |probably |likely |most likely |all )?(?:from |due to |caused by )?(?:anxiety|panic|panic attacks?|stress"
            + "|acid reflux|reflux|heartburn|gas|indigestion|a pulled muscle|a strained muscle|muscle strain|muscular|a muscle strain"
            + "|costochondritis|nothing serious|nothing|benign|normal|dry air|the dry air|allergies|a virus|viral)\\b");

    /** A claim that something is inherited ("fainting runs in our family"), about families, not a person now. */
    static final Pattern HEREDITY = Pattern.compile("\\bruns? in (?:the |our |my |his |her |their )?famil(?:y|ies)\\b");

    /**
     * What happens each time a panic or anxiety attack comes ("when her panic attacks hit",
     * "during his anxiety attacks"): a habit someone describes, not an emergency now (an
     * asthma attack is left alone: it may be happening as they write).
     */
    static final Pattern HABITUAL = Pattern.compile(
            "\\bwhen(?:ever)? (?:her|his|their|my) (?:panic|anxiety) (?:attacks?|episodes?|spells?)"
            + " (?:hit|hits|come|comes|start|starts|happen|happens|kick in|kicks in|come on|comes on)\\b"
            + "|\\bduring (?:her|his|their) (?:panic|anxiety) attacks?\\b");

    /** "so now he's worried": a worry now, which does not make what was reported present. */
    static final Pattern WORRY_NOW = Pattern.compile(
            "\\b(?:so |and )?now (?:he's|she's|i'm|we're|they're|he is|she is|i am|we are|they are) (?:really |very |so |a bit |kind of )?"
            + "(?:worried|scared|nervous|anxious|concerned|wondering|curious|paranoid|freaking out)\\b");

    /** Something in the reported words that dates it or puts it on someone further away ("once", "his dad"). */
    static final Pattern REPORTED_AWAY = Pattern.compile(
            "\\bonce\\b|\\b(?:his|her|their|su) (?:dad|mom|mum|mother|father|baby|bebé|bebe|son|daughter|kid|husband|wife|brother|sister|friend"
            + "|uncle|aunt|cousin|grandma|grandpa|grandmother|grandfather)\\b");

    /** The asker reacts to what they heard ("made me nervous"). */
    static final Pattern HEARD_REACTION = Pattern.compile(
            "\\b(?:made|makes|got|gets) me (?:nervous|worried|scared|anxious|thinking|wonder)\\b");

    /** The message asks whether a reported claim is true, likely or common. */
    static final Pattern TRUTH_QUESTION = Pattern.compile(
            "\\b(?:is (?:that|it|this) (?:true|right|correct|likely|possible|real|common|normal)|was (?:that|it) likely"
            + "|can (?:that|it|this) (?:really |actually )?happen|could (?:that|it) (?:really )?happen|does (?:that|it|this) happen"
            + "|how (?:common|likely|often|rare|true)|is there any truth|is (?:that|this|it) (?:really |actually )?(?:a thing|a known thing|a real thing|something that happens)|true or false|should i believe"
            + "|is (?:she|he|they) (?:right|exaggerating|overreacting|correct)|are they right|a real thing|a myth"
            + "|es com[uú]n|es cierto|es verdad|es normal"
            + "|what's the difference|the difference between|tell the difference|tell (?:them|the two) apart)\\b");

    /** Words inside a reported claim that make it a prediction ("she says I'll bleed out from a papercut"). */
    static final Pattern FUTURE_CLAIM = Pattern.compile("\\b(?:i'll|you'll|he'll|she'll|we'll|they'll|will|would|going to|gonna)\\b");

    /** The speaker says the words were not meant literally ("but she means she's anxious"). */
    static final Pattern FIGURATIVE = Pattern.compile(
            "\\b(?:she|he|they|i|mom|dad|grandma|grandpa) (?:just |only |really |actually )?(?:means?|meant) (?:she's|he's|they're|i'm|i was|she was|he was|that|it as)\\b"
            + "|\\b(?:means?|meant) (?:she|he|they|i) (?:just )?(?:dozed off|nodded off|fell asleep|was (?:tired|sleepy|asleep|dozing)|napped)\\b"
            + "|\\bnot literally\\b|(?<!\\bnot a )(?<!\\bno )\\bfigure of speech\\b|\\bjust an expression\\b|\\b(?:was|is|were) (?:just )?(?:joking|kidding)\\b");

    /**
     * A story, show, book, game or post the mention comes from ("on House they ...", "a memoir
     * where the author had a stroke", "in a documentary a patient spiked a fever").
     */
    static final Pattern MEDIA = Pattern.compile(
            "\\b(?:that|this|an|the) (?:episode|movie|film|show|documentary|podcast|book|novel) (?:of|about|with|where|on)\\b"
            + "|\\b(?:in|on|from|watching|watched|saw|seen|reading|read|playing|listening to|listened to) (?:a |an |the |this |that |some |my )?"
            + "(?:[a-z']+ ){0,2}?(?:show|tv show|tv series|series|episode|movie|film|documentary|docuseries|novel|book|memoir"
            + "|story|short story|comic|game|video game|tiktok|youtube|video|reddit post|reddit|post|podcast|soap|drama|sitcom"
            + "|netflix|hulu|news|news story|news report|news segment|newspaper|article|headline|headlines)\\b[^.!?\\n]{0,120}?\\b(?:where|when|in which|that|about|a|an|the|someone|somebody|they|he|she|his|her|character|guy|girl|lady|woman|man|patient|author|kid|boy)\\b"
            + "|\\b(?:on|in) (?:house|grey's anatomy|greys anatomy|grey's|greys|scrubs|chicago med|the good doctor|new amsterdam|the resident|er|the pitt|this is us)"
            + " (?:they|someone|somebody|a|an|the|when|there|this|that)\\b"
            + "|\\b(?:the|a|my|this|that) (?:main |lead )?(?:character|protagonist|heroine|hero|narrator|author of)\\b"
            + "|\\b(?:vi|viendo|mirando|vimos|le[ií]|leyendo|sali[oó]|pasaron|dijeron|en) (?:en )?(?:una |la |el |un |las |los )?"
            + "(?:novela|telenovela|serie|pel[ií]cula|programa|noticias|noticiero|documental|libro)(?![a-záéíóúñ])");

    /** Someone the asker knows only through someone else, or a stranger ("my friend's mom", "a boy in my son's class"). */
    static final Pattern DISTANT_PERSON = Pattern.compile(
            "\\b(?:[a-z]+'s (?:mom|mum|mother|dad|father|husband|wife|son|daughter|kid|child|baby|brother|sister|friend|grandma|grandpa"
            + "|grandmother|grandfather|uncle|aunt|cousin|boss|neighbor|neighbour|partner|boyfriend|girlfriend)"
            + "|(?:a|an|one|some) (?:boy|girl|kid|child|lady|man|woman|guy|friend|coworker|colleague|classmate|neighbor|neighbour"
            + "|patient|person|someone|mom|dad|mother|father) (?:in|at|from|on|of) (?:my|our|his|her|the)\\b)");

    /** Past tense of what happened to someone else ("had a stroke", "died of a brain bleed"). */
    static final Pattern OTHER_PAST = Pattern.compile(
            "\\b(?:had|was|were|got|went|passed|fainted|died|collapsed|bled|ended up|turned out|suffered|threw up|vomited)\\b");
}
