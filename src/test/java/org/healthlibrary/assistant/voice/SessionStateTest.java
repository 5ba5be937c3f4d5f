package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Session;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.healthlibrary.assistant.answer.Conversation;
import org.junit.jupiter.api.Test;

/** Conversation state carried in Alexa session attributes. */
class SessionStateTest {

    @Test
    void survivesTheRoundTripThroughAlexa() throws Exception {
        SessionState state = SessionState.start().with(Conversation.start().about("pancytopenia", "Pancytopenia"))
                .withLabValue("platelets", "platelets 85000/uL").withLabValue("hemoglobin", "hemoglobin 9.5 g/dL");
        String response = AlexaJson.write(ResponseEnvelope.builder().withVersion("1.0")
                .withSessionAttributes(state.toAttributes()).build());
        String attributes = new ObjectMapper().readTree(response).get("sessionAttributes").toString();
        Session session = AlexaJson.read(AlexaRequestBodies.of("help").attributes(attributes).bytes()).getSession();

        SessionState back = SessionState.from(session);
        assertThat(back).isEqualTo(state);
        assertThat(back.labValues().keySet()).containsExactly("platelets", "hemoglobin");
    }

    @Test
    void aNewValueForTheSameAnalyteReplacesTheOldOne() {
        SessionState s = SessionState.start().withLabValue("platelets", "platelets 85000/uL")
                .withLabValue("hemoglobin", "hemoglobin 9 g/dL").withLabValue("platelets", "platelets 40000/uL");
        assertThat(s.labValues()).containsExactly(Map.entry("hemoglobin", "hemoglobin 9 g/dL"),
                Map.entry("platelets", "platelets 40000/uL"));
    }

    @Test
    void aNewSessionOrUnreadableAttributesStartAfresh() {
        String attrs = "{\"conversation\": {\"lastArticleId\": \"anemia\", \"lastArticleTitle\": \"Anemia\"}}";
        assertThat(SessionState.from(AlexaJson.read(AlexaRequestBodies.of("help").attributes(attrs)
                .with("sessionNew", "true").bytes()).getSession())).isEqualTo(SessionState.start());
        String garbage = "{\"conversation\": {\"lastArticleId\": {\"deep\": [1, 2]}}, \"labValues\": [\"x\"]}";
        assertThat(SessionState.from(AlexaJson.read(AlexaRequestBodies.of("help").attributes(garbage).bytes())
                .getSession())).isEqualTo(SessionState.start());
    }

    @Test
    void labValuesAreBounded() {
        SessionState s = SessionState.start();
        for (int i = 0; i < 25; i++) {
            s = s.withLabValue("a" + i, "a" + i + " 1");
        }
        assertThat(s.labValues()).hasSize(SessionState.MAX_LAB_VALUES).containsKey("a24").doesNotContainKey("a0");
        String big = "{\"labValues\": {\"platelets\": \"" + "9".repeat(500) + "\", \"mcv\": \"MCV 90\"}}";
        assertThat(SessionState.from(AlexaJson.read(AlexaRequestBodies.of("help").attributes(big).bytes()).getSession())
                .labValues()).containsExactly(Map.entry("mcv", "MCV 90"));
    }
}
