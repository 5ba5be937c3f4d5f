package org.healthlibrary.assistant.safety;

import java.util.regex.Pattern;

/**
 * The cues {@link Framings} uses to tell a question about a condition, a supposition, a fear
 * of what may come and a scare that is already over from a symptom someone has now. All run on
 * normalised text ({@link CanonicalText}); every repetition is bounded, so each is linear in its
 * input.
 *
 * <p>Kept apart from {@link MentionCues} so each vocabulary stays small enough to review.
 * Constants only; thread-safe.
 */
final class FramingCues {

    private FramingCues() {
    }

    /** A word that names nobody (not a pronoun or possessive), for the cues that end at a mention. */
    private static final String NOBODY = "(?:(?!(?:i|i'm|my|me|he|he's|his|him|she|she's|her|we|our|us|they|their|them)\\b)[a-z']+ )";

    /**
     * Words just before a mention that make it a question about the condition itself, not a
     * report of it: its signs, its causes, when it calls for help ("what warning signs of a
     * seizure", "what medicines cause seizures", "when should black stool make me call",
     * "qué medicamentos causan convulsiones"), or how it differs from another kind ("bleed stroke vs
     * clot stroke").
     */
    static final Pattern ABOUT_THE_CONDITION = Pattern.compile(
            "\\b(?:what|which) (?:are )?(?:the )?(?:early |warning |first |main )?(?:signs|symptoms|signals|red flags) (?:of|for) (?:a |an )?$"
            + "|\\b(?:what|which) (?:[a-z']+ ){0,3}?(?:cause|causes|can cause|could cause|trigger|triggers|leads? to) (?:a |an )?$"
            + "|\\b(?:qu[eé]|cu[aá]les?) (?:[a-záéíóúñ]+ ){0,3}?(?:causan?|provocan?|producen?|pueden causar) $"
            + "|\\b(?:always|usually|necessarily|typically|normally|automatically) (?:mean|means|meant|signal|signals|indicate|indicates"
            + "|a sign of|lead to|leads to) (?:a |an |you're having (?:a |an )?|you have (?:a |an )?)?$"
            + "|\\b(?:trying to|want to|wanting to|wanted to|need to|help me|hoping to|just want to) (?:understand|learn about|learn more about"
            + "|read up on|know more about|research|look into) (?:what |how |why )?(?:a |an |the )?" + NOBODY + "{0,2}$"
            + "|\\b(?:report|essay|paper|project|presentation|homework|assignment|lecture|lesson) (?:on|about) " + NOBODY + "{0,2}$"
            + "|\\b(?:lists?|listed|mentions?|warns? (?:about|of|against)|warned (?:about|of)|warning (?:about|for|of)"
            + "|side effects? (?:include|includes|including|like|such as|list|are|is)) " + NOBODY + "{0,2}$"
            + "|\\b(?:vs|versus|compared (?:to|with)|difference between) (?:a |an |the )?" + NOBODY + "{0,2}$");

    /** A question opening just before a mention that names signs after it ("what are the [stroke] signs to watch for"). */
    static final Pattern SIGNS_QUESTION_BEFORE = Pattern.compile(
            "\\b(?:what|which) (?:are |were |would be )?(?:the |some |any )?(?:early |warning |main |first |usual )?$");

    /** Right after a mention: the signs of it ("... signs", "... warning signs", "... symptoms"). */
    static final Pattern SIGNS_AFTER = Pattern.compile("^\\s*(?:warning )?(?:signs|symptoms|signals|red flags)\\b");

    /** Right after a mention: a comparison with another kind ("... vs clot stroke", "... compared to a migraine"). */
    static final Pattern COMPARED_AFTER = Pattern.compile(
            "^\\s*(?:[a-z]+ ){0,2}?(?:vs|versus|compared (?:to|with))\\b");


    /** The same for a sentence that opens with the question ("when should black stool make me call"). */
    static final Pattern ABOUT_THE_CONDITION_OPENING = Pattern.compile(
            "^\\W*(?:when|at what point) (?:should|would|does|do|is|are|can|must) (?:a |an |the |my |his |her )?$"
            + "|^\\W*(?:how (?:high|bad|long|much|low|many|heavy|severe|big)|at what (?:temp|temperature|number|level))"
            + " (?:does|do|should|must|would|will|can) (?:a |an |the |my |his |her |your )?$");

    /** Opens a yes/no question about a condition in general, for {@link #GENERIC_AFTER} ("does chest pain always mean ..."). */
    static final Pattern GENERIC_OPENING = Pattern.compile(
            "^\\W*(?:does|do|is|are|can|could|will|would) (?:a |an |the )?(?:being |having |feeling |getting )?$");

    /**
     * Right after a mention: a claim about the condition in general ("... always mean a heart
     * attack", "... as a side effect").
     */
    static final Pattern GENERIC_AFTER = Pattern.compile(
            "^\\s*(?:always|usually|necessarily|typically|normally|automatically|ever) (?:mean|means|signal|signals|indicate|indicates|a sign"
            + "|lead|leads|come|comes|happen|happens|an emergency|serious|dangerous|bad|count as|normal|ok|okay|expected|common)\\b"
            + "|^\\s*(?:is |are )?(?:listed )?as (?:a |an )?(?:possible |rare |common |serious |known |potential )?side effects?\\b"
            + "|^\\s*(?:be |get |become )?(?:more|less) (?:likely|common|of a risk)\\b");

    /** "was fine the rest of the day", "been running around fine since": a scare that is over. */
    static final Pattern FINE_SINCE = Pattern.compile(
            "\\b(?:been|was|is|has been|have been|seemed|seems|acting|acted|behaved|behaving|played|playing) (?:[a-z]+ ){0,3}?"
            + "(?:fine|ok|okay|normal|normally|totally fine|like (?:himself|herself)|back to normal)"
            + " (?:ever since|since then|since|the rest of the (?:day|night|evening|afternoon)|all day since|afterwards|after that"
            + "|all day(?: and (?:all )?night)?|all (?:night|evening|afternoon)|the whole (?:day|night|time))\\b");

    /**
     * A message that opens by asking when one should go in or call ("at what temperature do I need
     * to go in during chemo", "cuándo debo llevar a mi hijo a emergencias si ..."): a question about
     * the threshold, not a report.
     */
    static final Pattern WHEN_TO_GO_IN = Pattern.compile(
            "^\\W*(?:so |ok |okay |hi |hello )?(?:at what (?:temp|temperature|point|number|reading|level)|how (?:high|low|bad|long)"
            + "|when (?:do|should|would|must|does|is it time to)|cu[aá]ndo (?:debo|deber[ií]a|debemos|hay que|tengo que|se debe|es necesario)"
            + "|a partir de qu[eé])\\b[^.!?\\n]{0,100}?\\b(?:go in|go to (?:the )?(?:er|e r|hospital|emergency room|a&e|urgent care)"
            + "|call (?:911|the (?:doctor|oncologist|clinic|team|hotline|nurse line))|take (?:him|her|them|my [a-z]+) (?:in|to)|head in|be seen"
            + "|llevar(?:lo|la|le)?|ir a (?:urgencias|emergencias|el hospital)|llamar)\\b");

    /** "hypothetically", "in theory" anywhere in a sentence: a supposition, wherever it is said. */
    static final Pattern HYPOTHETICALLY = Pattern.compile("\\b(?:hypothetically|in theory|theoretically|hipot[eé]ticamente)\\b");

    /** A sentence opening with a supposition ("say my platelets are low and I cut myself, ..."). */
    static final Pattern SUPPOSITION = Pattern.compile(
            "^[\\W]*(?:and |so |but |ok |okay )?(?:suppose|supposing|let's say|say|imagine|hypothetically) [^.;:!?]{0,160}$");

    /** A fear followed by what might come ("scared my platelets will drop and I'll bleed out"). */
    static final Pattern FEAR = Pattern.compile(
            "\\b(?:scared|afraid|worried|worrying|worry|nervous|anxious|terrified|fear|fearful|paranoid|panicking|panic|dread|dreading|dreads)\\b");

    /** The mention is what would come, just before it ("... and I'll bleed out", "every headache is a brain bleed"). */
    static final Pattern WOULD_COME = Pattern.compile(
            "\\b(?:i'll|ill|he'll|hell|she'll|shell|they'll|we'll|will|might|could|would|gonna|going to|may) (?:[a-z']+ ){0,2}$"
            + "|\\b(?:every|each|any|all) (?:[a-z']+ ){1,3}?(?:is|are|means|could be|might be|will be) (?:a |an )?(?:[a-z]+ )?$");

    /** A fear of doing something, just before the mention ("afraid of passing out", "worried about bleeding"). */
    static final Pattern FEAR_OF_DOING = Pattern.compile(
            "\\b(?:scared|afraid|worried|nervous|anxious|terrified|frightened|fear|fearful|worry|worrying|paranoid|freaked out"
            + "|freaking out|dreading|dread) (?:of|about) (?:me |him |her |them |my [a-z]+ |his [a-z]+ |her [a-z]+ )?$");

    /**
     * Something only pictured, just before the mention ("lying awake imagining getting a [fever]
     * up there", "dreading having a [seizure]"): a fear, however often it comes.
     */
    static final Pattern IMAGINED = Pattern.compile(
            "\\b(?:imagining|imagine|picturing|dreading|dread|daydreaming about) (?:me |him |her |them |my [a-z]+ |his [a-z]+ |her [a-z]+ )?"
            + "(?:getting|having|running|spiking|catching|coming down with) (?:a |an )?$");

    /** First person in Spanish, which keeps a mention after a show or the news affirmed ("vi en las noticias ... y mi mamá"). */
    static final Pattern SPANISH_FIRST_PERSON = Pattern.compile("\\b(?:mi|mis|yo|me|nos|nuestr[oa]s?)\\b");

    /** Same-day time words, which do not keep a scare that is over ("this morning ... fine since") going. */
    static final Pattern SAME_DAY = Pattern.compile(
            "\\b(?:today|tonight|this (?:morning|afternoon|evening|week))\\b");

    /**
     * A story named before what happens in it, the forms {@code ReportedSpeechCues.MEDIA} does not
     * cover: a work being written or acted ("writing a short story where", "in the school play
     * ... act out"), a genre ("reading a thriller where"), or the work first ("house md episode
     * had", "podcast I listen to was about").
     */
    static final Pattern MEDIA_MORE = Pattern.compile(
            "\\b(?:writing|wrote|write|working on|reading|read|watching|watched|acting in|performing in|rehearsing|in|from|for)"
            + " (?:a |an |the |my |our |this |that |her |his |their )?(?:[a-z']+ ){0,2}?(?:short story|story|novel|screenplay|script"
            + "|play|musical|skit|scene|thriller|mystery|crime novel|fanfic|fan fiction|audiobook|cartoon|anime|manga|book|poem)\\b"
            + "[^.!?\\n]{0,120}?\\b(?:where|when|in which|about|someone|somebody|character|characters|a|an|the|his|her)\\b"
            + "|\\b(?:episode|movie|film|documentary|podcast|docuseries|thriller|novel|sitcom|audiobook|true crime (?:show|podcast))"
            + " (?:[a-z']+ ){0,4}?(?:had|has|was about|is about|were about|showed|shows|featured|features|where|with)\\b"
            + "|\\b(?:novel|story|book|screenplay|script|play|comic)'s (?:heroine|hero|protagonist|main character|character|narrator)\\b"
            + "|\\b(?:act|acting|acts|acted) (?:it )?out\\b|\\bportray(?:ing|s|ed)?\\b|\\b(?:pretend|pretending|pretends) to (?:be|have)\\b"
            + "|\\bplay(?:ing|s)? (?:the (?:role|part) of )?(?:a|an) (?:[a-z]+ )?(?:nurse|doctor|patient|victim|paramedic|character)\\b"
            + "|\\b(?:dnd|d&d|dungeons (?:and|&) dragons|tabletop|rpg|role ?playing game|campaign)\\b[^.!?\\n]{0,200}?\\b(?:character|characters|player|players|party|npc)\\b"
            + "(?:[^.!?\\n]{0,120}?\\b(?:i|we) (?:described|narrated|wrote|had|made) (?:him|her|them|it|the [a-z]+)\\b)?"
            + "|\\b(?:on|in|watching|watched) (?:house md|house m d|grey's anatomy|greys anatomy|chicago med|the pitt|the good doctor|the resident|scrubs|e ?r the show)\\b"
            + "|\\b(?:on|in|from|watching|watched|saw) (?:an? |the |that |this )?(?:old |older |recent |new |latest |last |classic )?(?:[a-z']+ ){0,2}?(?:episode|rerun|season|show)\\b");

    /** "my biggest fear is ...", "what if ...": the sentence opens on a fear or a supposition of what may come. */
    static final Pattern FEAR_OR_WHAT_IF_OPENING = Pattern.compile(
            "^[\\W]*(?:and |so |but |ok |okay )?(?:what if|mi (?:mayor|peor) miedo es|my (?:biggest|worst|greatest|main|only|number one|#1|constant) "
            + "(?:fear|worry|nightmare|dread) (?:is|would be)) [^.;:!?]{0,160}$");

    /** Words that say it is happening now, which keep a sentence opened by a fear or "what if" affirmed. */
    static final Pattern HAPPENING_NOW = Pattern.compile(
            "\\b(?:now|right now|currently|at the moment|today|tonight|this (?:morning|afternoon|evening)|just now|(?:is|it's) happening)\\b");

    /** An event dated days back ("3 days ago", "last week", "on saturday", "la semana pasada"). */
    static final Pattern DATED_DAYS_BACK = Pattern.compile(
            "\\b(?:(?:\\d{1,2}|two|three|four|five|six|a few|several|couple of|a couple of) days ago|yesterday|last (?:night|week|weekend"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|la semana pasada|ayer|anteayer|antier|hace (?:\\d{1,2}|dos|tres|unos|varios) d[ií]as"
            + "|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?: pasado)?)\\b");

    /** Feeling well now, said after such an event ("feel totally normal", "ya me siento mejor"). */
    static final Pattern FEELS_WELL_NOW = Pattern.compile(
            "\\b(?:feel|feels|feeling) (?:totally |completely |perfectly |100% |much |a lot |so much )?(?:fine|normal|great|ok|okay|good|better"
            + "|like (?:myself|himself|herself))(?: now| today| again)?\\b|\\bya me siento (?:mucho )?(?:mejor|bien)\\b|\\bme siento (?:mucho )?mejor\\b"
            + "|\\b(?:hoy |ya )?(?:me siento|se siente) (?:perfect[oa]|perfectamente|muy bien|bien|normal|de maravilla)(?![a-záéíóúñ])");

    /**
     * Back to normal on the same day ("had juice and is totally back to normal"): a scare that is
     * over even without a date days back.
     */
    static final Pattern BACK_TO_NORMAL = Pattern.compile(
            "\\b(?:is|was|she's|he's|i'm|they're|seems|now) (?:totally |completely |all |fully |right |now )?back to"
            + " (?:normal|(?:her|him|my|them)self|(?:her|his|my|their) (?:normal|usual|old) self)\\b");

    /** A dream or nightmare, just before what happened in it ("had a nightmare my baby stopped breathing"). */
    static final Pattern DREAM = Pattern.compile(
            "\\b(?:dreamed|dreamt|dreaming|dream|dreams|nightmare|nightmares|soñ[eé]|pesadilla)\\b");

    /** Words after a dream that bring the mention back to waking life ("woke up and now my chest hurts"). */
    static final Pattern AWAKE_AGAIN = Pattern.compile(
            "\\b(?:woke|wake|waking|awake|now|right now|today|tonight|but|then|really|actually|for real)\\b");

    /** A habit of avoiding something feared ("scared of choking on pills so i avoid them", "any tips"). */
    static final Pattern AVOIDANCE = Pattern.compile(
            "\\b(?:avoid|avoids|avoiding|avoided|tips|advice|phobia|every time|whenever|how (?:do|can|should) i)\\b");

    /** Words after feeling well that take it back ("feel fine but now ..."). */
    static final Pattern TAKEN_BACK = Pattern.compile("\\b(?:but|except|although|though|however|now|today|tonight|pero|ahora)\\b");

    /** An if-clause opening the sentence, up to its comma or end ("if i couldn't wake my dad up one morning"). */
    static final Pattern IF_OPENING = Pattern.compile(
            "^[\\W]*(?:and |so |but |ok |okay |also )?(?:if|in case|what if) ([^.;:!?,]{0,160})");

    /**
     * A time that is no particular time, which makes an if-clause a supposition ("one morning",
     * "ever", "someday"): "if someone in my group ever said they were suicidal, what do I do".
     */
    static final Pattern INDEFINITE_TIME = Pattern.compile(
            "\\b(?:one (?:day|morning|night|evening|afternoon)|one of these (?:days|nights|mornings)|some ?day|ever"
            + "|at some point|in the future|down the road|later on)\\b");

    /** A fear naming whom it is about, just before the mention ("i keep worrying my husband [won't wake up]"). */
    static final Pattern FEAR_THAT_SUBJECT = Pattern.compile(
            "\\b(?:worried|worrying|worry|worries|scared|afraid|terrified|fear|fears|paranoid|nervous|anxious) (?:that )?"
            + "(?:i|he|she|they|we|(?:my|his|her|our|their) [a-z]+)\\s*$");

    /** Words that say something was not meant literally ("gave me chest pains, figuratively"). */
    static final Pattern FIGURE_OF_SPEECH = Pattern.compile(
            "\\b(?:figuratively|metaphorically|not literally|(?<!\\bnot a )(?<!\\bno )figure of speech|just an expression|in a manner of speaking)\\b"
            + "|\\b(?:pass out|passing out|faint|fainting|die|dying|keel over|black out|collapse) (?:from|of|out of) (?:sheer |pure |total |the )?"
            + "(?:boredom|laughter|laughing|embarrassment|cuteness|excitement|suspense)\\b"
            + "|\\b(?:nearly|almost|practically|about to|just about) (?:had|have|having|went into) (?:a |an )?(?:seizure|fit|heart attack|stroke|coronary|aneurysm|conniption)"
            + " (?:when|after|because|at|over|reading|seeing|hearing|from|the moment)\\b");

    /**
     * Something only seen from outside or asleep, not had: someone "looked like" they were about to
     * pass out while they say they feel fine, talked gibberish in their sleep, or "looked like I was
     * having a stroke when I yawned, lol". None is the emergency it names.
     */
    static final Pattern ONLY_LOOKED_OR_ASLEEP = Pattern.compile(
            "\\blooked like (?:i|he|she|they) (?:was|were) (?:about|going|gonna|ready) to (?:pass out|faint|black out|collapse|keel over)\\b"
            + "[^\\n]{0,100}?\\b(?:(?:i|i'm|im|i am|he's|she's|they're|he is|she is|was|felt|feel|feels|feeling) (?:totally |completely |perfectly |honestly |actually |really |just )?"
            + "(?:fine|ok|okay|good|great|normal|alright|all right))\\b"
            + "|\\b(?:talking|talks|talked|talk|saying|said|mumbling|muttering) (?:nonsense|gibberish|funny|weird|strange|crazy|random (?:things|stuff|words))"
            + " (?:[a-z]+ ){0,2}?(?:in (?:my|his|her|their|your) sleep|while (?:i was |he was |she was |they were |he's |she's )?(?:asleep|sleeping|dreaming))\\b"
            + "|\\blooked like (?:i|he|she|they) (?:was|were) having (?:a |an )?(?:stroke|seizure|fit|heart attack)\\b"
            + "[^.!?\\n]{0,60}?\\b(?:lol|lmao|haha|joking|kidding|teasing|when (?:i|he|she|they) (?:yawned|sneezed|laughed|stretched|danced|sang))\\b");

    /** "driving me into a [seizure]": an idiom, just before the mention. */
    static final Pattern DRIVING_ME_INTO = Pattern.compile(
            "\\b(?:driving|drives|drive|drove|sending|sends) (?:me|us) (?:into|to|in) (?:a |an )?$");

    /**
     * A joke or an idiom anywhere in the message ("keeps joking 'if I stop breathing ...'", "a bloody
     * nightmare"), which a meaning-based opinion cannot tell from the emergency it sounds like.
     */
    static final Pattern JOKE_OR_IDIOM = Pattern.compile(
            "\\b(?:(?<!\\bnot )(?<!\\bno )(?<!\\bi'm not )(?:joking|kidding)|jokes|joked|jokingly|figuratively|metaphorically|not literally|(?<!\\bnot a )(?<!\\bno )figure of speech|just an expression)\\b"
            + "|\\bbloody (?:nightmare|hell|mess|pain|joke|disaster|nuisance|ages|forever|ridiculous|annoying|awful|brilliant"
            + "|useless|impossible|hard|difficult|exhausting|tiring|expensive|stupid)\\b");

    /** A verb that introduces someone's words, before a quotation ("emailed that he 'passed out'"). */
    static final Pattern QUOTE_FRAME = Pattern.compile(
            "\\b(?:says|said|say|saying|tells|told|telling|emailed|texted|messaged|wrote|writes|posted|joking|jokes|joked"
            + "|calls it|called it|claims|claimed|insists|insisted|swears|swore|describes|described)\\b");

    /**
     * The writer disputes quoted words or says all is well ("but honestly it was just a couple of
     * days", "he says he just put his head down", "he's fine").
     */
    static final Pattern DISPUTED = Pattern.compile(
            "\\b(?:it was|it's|that was) (?:really |honestly |actually )?(?:just|only|nothing)\\b"
            + "|\\b(?:he|she|they|i) (?:says? |said |claims? )?(?:he |she |they |i )?(?:just|only) (?:put|fell|dozed|nodded|got|was|had|needed|closed|rested|laid)\\b"
            + "|\\b(?:he's|she's|they're|i'm|he is|she is|they are|i am) (?:totally |perfectly |completely |absolutely |doing )?(?:fine|ok|okay|alright|all right|great)\\b"
            + "|\\bexaggerat[a-z]*|\\bso dramatic\\b|\\bnot (?:true|really|actually|literally)\\b");

    /** Writing about someone ("writing a poem about my grandma's last days"): the subject of a piece of writing. */
    static final Pattern WRITING_ABOUT = Pattern.compile(
            "\\b(?:writing|wrote|write|working on|reading) (?:a |an |the |my |this |her |his )?(?:[a-z']+ ){0,2}?"
            + "(?:poem|eulogy|obituary|song|tribute|memoir|journal entry|essay|story|letter|speech|blog post)"
            + " (?:about|for|on|in memory of|remembering)\\b");

    /** First person as a subject or object (not "my"), which keeps a mention after {@link #WRITING_ABOUT} affirmed. */
    static final Pattern FIRST_PERSON_SUBJECT = Pattern.compile("\\b(?:i|i'm|i've|me|we|we're|us)\\b");
}
