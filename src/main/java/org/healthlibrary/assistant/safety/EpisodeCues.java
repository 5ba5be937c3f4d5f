package org.healthlibrary.assistant.safety;

import java.util.regex.Pattern;

/**
 * The patterns {@link MentionAnalysis} uses to tell an emergency that is over from one going on:
 * care already given ("went to the ER"), how it ended ("CT was clear", "fine now") and words that
 * say it is not over ("still bleeding"). All run on normalised text ({@link CanonicalText}).
 *
 * <p>Kept apart from the logic (and from {@link MentionCues}, which reads negation, time and
 * questions) so the vocabulary can be reviewed on its own. Every repetition is bounded, so each
 * pattern is linear in its input. Constants only; thread-safe.
 */
final class EpisodeCues {

    private EpisodeCues() {
    }

    /**
     * An emergency already seen to by a hospital, a doctor, a nurse or poison control ("went to the ER",
     * "they scoped me", "the pediatrician checked him", "the dentist packed it").
     */
    static final Pattern CARE_EPISODE = Pattern.compile(
            "\\b(?:er|e r|a&e|emergency room|emergency department|hospital|urgent care|ambulance|paramedics|icu|poison control"
            + "|ruled out|antibiotics|fixed it|got (?:them|it|those) (?:banded|removed|cauterized|cauterised|treated|fixed|stitched)|they (?:did|ran|scoped|packed|checked|gave|banded|cauterized|cauterised|stitched|admitted|kept|treated)"
            + "|(?:er|doctor|hospital) checked|hospitali[sz]ed|was admitted|got admitted"
            + "|(?:the |our |his |her |my )?(?:pediatrician|paediatrician|gp|doctor|doc|dr|dentist|nurse|school nurse|phlebotomist|urgent care)"
            + " (?:checked|examined|looked at|packed|stitched|saw|cleared) (?:me|him|her|them|it)(?: out| over)?"
            + "|(?:the )?(?:nurses?|staff|phlebotomist|medics?|paramedics?) (?:checked|looked) (?:me|him|her|them) (?:out|over)"
            + "|(?:the )?(?:nurse|doctor|doc|dr|gp|phlebotomist|paramedics?|medics?) said (?:it was|it's|its)"
            + "|(?:the )?(?:nurses?|staff|phlebotomist|medic|medics|paramedic) (?:took care of|looked after|checked on|helped|sat with|tended to) (?:me|him|her|them)"
            + "|urgencias|emergencias|(?:lo|la|le) (?:revisaron|atendieron|checaron|hicieron))\\b");

    /**
     * How that episode ended: fine now, sent home, tests clear, a harmless cause found, stopped for hours
     * ("all good now", "CT was clear", "it was reflux, not his heart", "been stopped for hours").
     */
    static final Pattern CARE_OUTCOME = Pattern.compile(
            "\\b(?:(?:fine|ok|okay|good|better|well) now|all good|doing (?:well|fine|great|good|better|ok|okay)|back to normal"
            + "|feel(?:s|ing)? (?:totally |completely |perfectly )?(?:fine|ok|okay|good|great|normal|better)"
            + "|sent (?:us|me|him|her|them) home|discharged|nothing (?:serious|wrong|found)|found nothing|ruled (?:it )?out"
            + "|they said (?:it was|it's|its)|they think|it's fine|its fine|turned out (?:to be|it was)|fixed it|sharp as ever"
            + "|back to (?:herself|himself|myself|normal)|made a full recovery|full recovery"
            + "|(?:was|were|came back|all|looked|looks|is) (?:all )?(?:clear|normal|fine|negative)"
            + "|(?:ct|mri|scan|ecg|ekg|x ray|xray|scope|tests?|bloodwork|troponin|levels) (?:was |were |came back |all )?(?:clear|clean|normal|fine|negative)"
            + "|(?:fine|ok|okay|good|better|well) (?:today|this morning)|went away|gone away|cleared up"
            + "|(?:they|the doctors?|the er|the hospital) (?:[a-z']+ ){0,6}?said (?:it was|it's|its)"
            + "|everything (?:was |is |came back |looked )?(?:normal|fine|clear|ok|okay|negative)"
            + "|(?:already )?got (?:checked|checked out|looked at|seen) (?:at|in|by) (?:the )?(?:urgent care|er|hospital|doctor|clinic)"
            + "|all good since|(?:a |the )?(?:family )?(?:legend|joke|story) now|(?:all |fully |completely )?healed(?: up)?"
            + "|(?:bp|blood pressure|vitals|sugar|blood sugar|ekg|ecg|oxygen) (?:was |were |all )?(?:fine|normal|ok|okay|good)"
            + "|(?:doc|doctor|dr|nurse|they|the er) said (?:it was )?(?:just |only )?(?:a )?(?:vasovagal|simple faint|faint|nothing serious)"
            + "|felt (?:totally |completely |perfectly )?(?:fine|ok|okay|good|better|normal) (?:after|afterwards|again)"
            + "|(?:it|that) was (?:just |only |actually )?(?:reflux|heartburn|indigestion|gas|anxiety|a panic attack|muscular|a pulled muscle|a muscle strain)"
            + "|not (?:his|her|my|their) heart|no concussion"
            + "|(?:he's|she's|he is|she is|they're|they are) (?:playing|acting|behaving) (?:totally |completely |perfectly )?(?:normally|like (?:himself|herself))(?! (?:all|since|ever|the)\\b)"
            + "|(?:has|have|it's|its|it has|it's been|its been|has been) (?:been )?stopped (?:for (?:hours|ages|a while|a few hours|\\d{1,2} hours)|since)"
            + "|they said (?:it was |it's |its )?(?:just |only |probably )?(?:a )?(?:muscle strain|pulled muscle|strained muscle|muscle|muscular|anxiety|panic attack|reflux|heartburn|gas|a virus)"
            + "|sali[oó] (?:todo )?bien|(?:ahora|ya) estoy bien|(?:ya est[aá]|sigue) (?:muy )?bien|(?:lo|la|me) dieron de alta|todo sali[oó] bien)"
            + "(?: now)?\\b");

    /** Words that say the episode is not over ("still bleeding", "worse", "started again"; not "can X make Y worse"). */
    static final Pattern STILL_UNWELL = Pattern.compile(
            "\\b(?:still(?! (?:a bit |a little |kinda |kind of |somewhat |slightly )?(?:sore|tender|bruised|nervous|worried|scared|anxious|shaken|shaky about it|paranoid|curious|wondering)\\b)|(?<!\\bmak(?:es?|ing) [a-z']{1,20} )(?<!\\bmak(?:es?|ing) [a-z']{1,20} [a-z']{1,20} )(?<!\\bmak(?:es?|ing) [a-z']{1,20} [a-z']{1,20} [a-z']{1,20} )worse|worsening|getting worse|keeps|won't stop|not stopping|right now|is back(?! to (?:normal|him|her|them|my|his|their))|came back"
            + "|started again|happening again|(?<!prevent )(?<!avoid )(?<!stop )(?<!preventing )(?<!avoiding )another one|but now|and now|now (?:i'm|i am|he's|she's|it's|i have|he has|she has)"
            + "|todav[ií]a|sigue (?:con|mal|igual|vomitando|sangrando|dormid[oa])|peor|pero ahora|y ahora)\\b");
}
