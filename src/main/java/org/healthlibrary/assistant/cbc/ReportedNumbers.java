package org.healthlibrary.assistant.cbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two more ways a lab number comes without its name, for {@link UnnamedValues}: a number a
 * member of the care team or the portal said or showed ("the nurse said 45 and looked
 * worried", "my oncologist told me it was 0.8", "la enfermera dijo 45"), and a bare number
 * followed over time ("it went from 90 to 60 since last week", "dropped from 150 to 40",
 * "bajó de 90 a 60"). Neither is taken when the message speaks of medicines ("doc said 1 tab
 * but can I take 2": tablets, not a lab value); a trend only when the message also speaks of
 * results, counts or levels or asks about it ("what should I do", "is that bad") and names no
 * other measure (pain, a score, steps, money: {@link #NOT_A_LAB}). {@link UnnamedValues} has
 * already excluded blood pressure, sugar, temperature, weight, doses and ages.
 *
 * <p>Why: guessing which test such a number is from, or answering as if there were none,
 * is the failure the blind rounds found; asking which test costs one question. Only free
 * numbers count (ages, durations, dates, times, doses and counted things such as "2 kids" are
 * claimed before). Stateless; thread-safe; linear in the text.
 */
final class ReportedNumbers {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    /** Who said it, then the verb, then up to three filler words, then the number. */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:nurses?|doctors?|doc|dr|oncologist|onc|hematologist|np|pa|physician|the lab|the clinic|the portal"
            + "|my ?chart|the app|enfermer[oa]s?|doctor[a]?|m[eé]dic[oa]|onc[oó]log[oa]|hemat[oó]log[oa]"
            + "|el laboratorio|el portal)\\b(?: [a-z']+){0,2}?"
            + " (?:said|says|told (?:me|us|him|her|them)|mentioned|called (?:and said|to say)|showed|shows|wrote|reads"
            + "|dijo|dice|me dijo|nos dijo|le dijo|coment[oó]|mencion[oó]|marc[oó]|mostr[oó])"
            + "(?: (?:it|that|that it|my|his|her|the|number|count|level|it's|its|was|is|were|are|at|like|about|around"
            + "|only|just|now|down to|up to|es|era|est[aá]|estaba|que|en|de|como|mi|su|el|la|n[uú]mero|nivel)){0,3}"
            + " " + NUMBER + "(?![.,]?\\d)(?! ?(?:-|to|or|out|of|more|other|percent|%|x)\\b)");
    /** A number followed over time: "went from 90 to 60", "dropped from 150 down to 40", "bajó de 90 a 60". */
    private static final Pattern TREND = Pattern.compile(
            "\\b(?:went|gone|goes|going|go|dropped|dropping|drops|fell|fallen|falling|rose|risen|rising|climbed|climbing"
            + "|jumped|changed|moved|sank|crashed|slid|shot up|came down|come down|came up|come up|down|up"
            + "|baj[oó]|ha bajado|sub[ií][oó]|ha subido|pas[oó]|ha pasado|cay[oó]|se cay[oó]|fue)"
            + "(?: (?:all the way|way|back|down|up))? (?:from|de) (?:like |about |around |unos |como )?" + NUMBER
            + " (?:(?:all the way |way )?(?:down |up |back )?to|a|hasta) (?:like |about |around |unos |como |only |just )?"
            + NUMBER + "(?![.,]?\\d)");
    /** The trend is about results ("count", "level", "labs") or asked about ("what should I do"). */
    private static final Pattern TREND_CONTEXT = Pattern.compile(
            "\\b(?:results?|numbers?|counts?|levels?|labs?|bloodwork|blood work|blood test|cbc|portal|report"
            + "|nurse|doctor|oncologist|what should (?:i|we|he|she) do|what do (?:i|we) do|should (?:i|we) (?:be )?"
            + "(?:worry|worried|concerned)|is (?:that|it|this) (?:bad|ok|okay|normal|dangerous|serious|good)"
            + "|worried|scared|concerned|what does (?:that|it|this) mean|qu[eé] (?:hago|debo hacer|significa)"
            + "|es (?:malo|grave|normal)|me preocupa|resultados?|n[uú]meros?|niveles?|an[aá]lisis)\\b");
    /** Trends of things that are not lab values. */
    private static final Pattern NOT_A_LAB = Pattern.compile(
            "\\b(?:pain|score|scale|out of 10|steps|miles|km|minutes|hours|dollars|bucks|price|cost|stock|stocks"
            + "|shares|grade|grades|followers|views|likes|rank|speed|mph|sleep|appetite|mood|rent|salary|bill"
            + "|dolor|escala|pasos|horas|minutos|precio|dinero)\\b|\\$");
    /**
     * Medicine talk: "doc said 1 tab but can I take 2" counts tablets, not a lab value. Pills,
     * tablets, a dose and mg are already excluded by {@link UnnamedValues}' other measures.
     */
    private static final Pattern MEDICINE = Pattern.compile(
            "\\b(?:tabs?|caps|capsules?|puffs?|drops?|doses|dosage|shots?|injections?|patch(?:es)?"
            + "|meds|medicines?|medications?|mcg|ml|units|tabletas?|medicinas?|medicamentos?)\\b");

    private ReportedNumbers() {
    }

    /** True when {@code norm} gives a free number said by the care team or portal, or a bare trend. */
    static boolean find(String norm, TokenView v) {
        if (MEDICINE.matcher(norm).find()) {
            return false;
        }
        Matcher said = REPORTED.matcher(norm);
        while (said.find()) {
            if (UnnamedValues.freeAt(v, said.start(1))) {
                return true;
            }
        }
        if (NOT_A_LAB.matcher(norm).find() || !TREND_CONTEXT.matcher(norm).find()) {
            return false;
        }
        Matcher trend = TREND.matcher(norm);
        while (trend.find()) {
            if (UnnamedValues.freeAt(v, trend.start(1)) && UnnamedValues.freeAt(v, trend.start(2))) {
                return true;
            }
        }
        return false;
    }
}
