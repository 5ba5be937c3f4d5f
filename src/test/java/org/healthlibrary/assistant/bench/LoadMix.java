package org.healthlibrary.assistant.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic mix of distinct patient messages for load tests, generated from templates and the
 * shipped library's topics (nothing copied from outside data): about 70% library questions (as
 * patients phrase them, with lay names, greetings and context), 10% lab values, 7% emergencies,
 * 8% off-topic messages and 5% long run-ons of several hundred characters. Deterministic for a
 * seed; every message is different, so that no cache of whole answers makes a run trivial.
 */
public final class LoadMix {

    /** The shipped library's topics, with the names patients use for them. */
    static final List<String> TOPICS = List.of("anemia", "aplastic anemia", "a blood transfusion",
            "a bone marrow biopsy", "easy bruising", "bleeding gums", "low blood counts during chemotherapy",
            "a complete blood count", "a CBC", "an enlarged spleen", "splenomegaly", "a hematologist",
            "leukemia", "blood cancer", "leukopenia", "a low white count", "myelodysplastic syndrome", "MDS",
            "neutropenia", "low neutrophils", "pancytopenia", "thrombocytopenia", "low platelets",
            "vitamin B12 deficiency", "folate deficiency", "iron deficiency anemia", "pancytopinia",
            "thrombocytopina");

    private static final List<String> QUESTIONS = List.of("What is %s?", "What are the symptoms of %s?",
            "How is %s treated?", "What causes %s?", "Is %s serious?", "Can %s go away on its own?",
            "How is %s diagnosed?", "Is %s inherited?", "What is the outlook for %s?", "Can %s be prevented?",
            "what does %s mean", "Should I worry about %s?", "how do you get %s", "What tests check for %s?",
            "is %s the same as leukemia", "Can diet help with %s?", "what are the treatments for %s",
            "Does %s make you tired?");
    private static final List<String> OPENERS = List.of("", "Hi, ", "Hello! ", "My doctor mentioned it. ",
            "My mom was just told about this. ", "Quick question: ", "I'm 45 and worried. ",
            "Sorry if this is basic, ", "My son is 12. ", "I read about it online. ");
    private static final List<String> EMERGENCIES = List.of("I have crushing chest pain and can't breathe",
            "my nose has been bleeding for %d hours and won't stop", "I'm on chemo and have a fever of 39.%d",
            "I coughed up blood %d times today", "I want to end my life, I've thought about it for %d days",
            "my child has a fever of 40.%d and a purple rash", "there's blood in my vomit, %d times now",
            "I can't feel my left arm and my face is drooping since %d minutes ago");
    private static final List<String> OFF_TOPIC = List.of("What's the weather in %s tomorrow?",
            "Tell me a joke about %s", "Who won the game in %s last night?", "How do I cook rice in %s style?",
            "What's the capital of %s?", "Can you recommend a hotel in %s?", "Translate hello into the language of %s",
            "What time is it in %s?");
    private static final List<String> PLACES = List.of("Paris", "Denver", "Lagos", "Osaka", "Lima", "Oslo",
            "Cairo", "Perth", "Toronto", "Madrid", "Seoul", "Nairobi", "Quito", "Dublin", "Hanoi", "Austin");

    private LoadMix() {
    }

    /** {@code count} distinct messages in a shuffled order. */
    public static List<String> messages(int count, long seed) {
        Random random = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        int library = count * 70 / 100;
        int labs = count * 10 / 100;
        int emergencies = count * 7 / 100;
        int longOnes = count * 5 / 100;
        int offTopic = count - library - labs - emergencies - longOnes;
        while (out.size() < library) {
            out.add(OPENERS.get(random.nextInt(OPENERS.size()))
                    + QUESTIONS.get(random.nextInt(QUESTIONS.size())).formatted(pick(random, TOPICS)));
        }
        while (out.size() < library + labs) {
            out.add(lab(random));
        }
        while (out.size() < library + labs + emergencies) {
            String e = EMERGENCIES.get(random.nextInt(EMERGENCIES.size()));
            out.add(e.contains("%d") ? e.formatted(1 + random.nextInt(90)) : e + " " + "!".repeat(1 + random.nextInt(9)));
        }
        while (out.size() < library + labs + emergencies + offTopic) {
            out.add(OFF_TOPIC.get(random.nextInt(OFF_TOPIC.size())).formatted(pick(random, PLACES))
                    + (random.nextBoolean() ? "" : " " + (1 + random.nextInt(50))));
        }
        while (out.size() < count) {
            out.add(runOn(random, 300 + random.nextInt(1500)));
        }
        List<String> shuffled = new ArrayList<>(out);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    /** A lab-values message with random, plausible values. */
    static String lab(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "my hemoglobin is %.1f and platelets %d".formatted(7 + random.nextDouble() * 8,
                    40 + random.nextInt(300));
            case 1 -> "WBC %.1f, ANC %.1f, hgb %.1f - what does this mean?".formatted(1 + random.nextDouble() * 10,
                    0.3 + random.nextDouble() * 5, 8 + random.nextDouble() * 7);
            case 2 -> "I'm a %d year old woman, hemoglobin %.1f g/dL, MCV %d".formatted(20 + random.nextInt(60),
                    8 + random.nextDouble() * 6, 65 + random.nextInt(50));
            default -> "platelets came back at %d thousand, is that bad?".formatted(20 + random.nextInt(400));
        };
    }

    /** A long run-on patient message of about {@code length} characters (at most 2,000). */
    static String runOn(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(OPENERS.get(random.nextInt(OPENERS.size())).toLowerCase())
                    .append("so my doctor talked about ").append(pick(random, TOPICS))
                    .append(" and I have been tired for ").append(1 + random.nextInt(12))
                    .append(" weeks and I keep reading things online and I don't know what to think and ");
        }
        String question = " anyway " + QUESTIONS.get(random.nextInt(QUESTIONS.size())).formatted(pick(random, TOPICS));
        return text.substring(0, Math.min(text.length(), 2000 - question.length())) + question;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
