package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.Test;

/**
 * The skill files in {@code deploy/alexa/} against the code: every intent in the interaction
 * model has a handler and every handler an intent; slot types and values match what the
 * handlers read; the manifest carries the disclaimer. Shares the application with
 * {@link AlexaResourceTest} (same profile, one boot).
 */
@QuarkusTest
@TestProfile(VerifiedAlexaProfile.class)
class InteractionModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODEL = Path.of("deploy/alexa/interactionModels/custom/en-US.json");
    private static final Path MANIFEST = Path.of("deploy/alexa/skill.json");

    @Inject
    AlexaSkill skill;

    private static JsonNode model() throws IOException {
        return JSON.readTree(MODEL.toFile()).at("/interactionModel/languageModel");
    }

    @Test
    void everyIntentHasAHandlerAndEveryHandlerAnIntent() throws IOException {
        Set<String> modelIntents = new TreeSet<>();
        model().get("intents").forEach(i -> modelIntents.add(i.get("name").asText()));
        assertThat(skill.intentNames()).containsExactlyInAnyOrderElementsOf(modelIntents);
        assertThat(modelIntents).contains("AskQuestionIntent", "LabValuesIntent", "AMAZON.HelpIntent",
                "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent");
    }

    @Test
    void customIntentsHaveTenSampleUtterancesThatOnlyUseTheirSlots() throws IOException {
        Pattern slotRef = Pattern.compile("\\{(\\w+)}");
        for (JsonNode intent : model().get("intents")) {
            String name = intent.get("name").asText();
            if (name.startsWith("AMAZON.")) {
                continue;
            }
            Set<String> slots = new HashSet<>();
            intent.path("slots").forEach(s -> slots.add(s.get("name").asText()));
            assertThat(intent.get("samples").size()).as(name).isGreaterThanOrEqualTo(10);
            Set<String> samples = new HashSet<>();
            for (JsonNode sample : intent.get("samples")) {
                assertThat(samples.add(sample.asText().toLowerCase())).as("duplicate sample %s", sample).isTrue();
                Matcher m = slotRef.matcher(sample.asText());
                while (m.find()) {
                    assertThat(slots).as("%s: %s", name, sample).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void askQuestionTakesASearchQueryWithACarrierPhrase() throws IOException {
        JsonNode ask = intent("AskQuestionIntent");
        assertThat(ask.at("/slots/0/name").asText()).isEqualTo("question");
        assertThat(ask.at("/slots/0/type").asText()).isEqualTo("AMAZON.SearchQuery");
        ask.get("samples").forEach(s -> assertThat(s.asText()).as("a carrier phrase is required").isNotEqualTo("{question}"));
    }

    @Test
    void labSlotValuesAreExactlyTheOnesTheHandlerReads() throws IOException {
        assertThat(typeIds("LAB_ANALYTE")).isEqualTo(new TreeSet<>(LabReading.ANALYTES.keySet()));
        assertThat(typeIds("LAB_UNIT")).isEqualTo(new TreeSet<>(LabReading.UNITS.keySet()));
        JsonNode lab = intent("LabValuesIntent");
        Set<String> types = new TreeSet<>();
        lab.get("slots").forEach(s -> types.add(s.get("name").asText() + ":" + s.get("type").asText()));
        assertThat(types).containsExactly("analyte:LAB_ANALYTE", "decimal:AMAZON.NUMBER", "number:AMAZON.NUMBER",
                "unit:LAB_UNIT");
    }

    @Test
    void theManifestCarriesTheDisclaimerAndAsksForNoPermissions() throws IOException {
        JsonNode manifest = JSON.readTree(MANIFEST.toFile()).get("manifest");
        JsonNode enUs = manifest.at("/publishingInformation/locales/en-US");
        assertThat(enUs.get("description").asText()).contains(SafetyEnglish.DISCLAIMER);
        assertThat(enUs.get("examplePhrases").get(0).asText()).isEqualTo("Alexa, open " + model().get("invocationName").asText());
        assertThat(manifest.get("permissions").size()).isZero();
        assertThat(manifest.at("/apis/custom/endpoint/uri").asText()).startsWith("https://").endsWith("/api/alexa");
    }

    private static JsonNode intent(String name) throws IOException {
        for (JsonNode i : model().get("intents")) {
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No intent " + name);
    }

    private static Set<String> typeIds(String type) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (JsonNode t : model().get("types")) {
            if (t.get("name").asText().equals(type)) {
                t.get("values").forEach(v -> ids.add(v.get("id").asText()));
            }
        }
        return ids;
    }
}
