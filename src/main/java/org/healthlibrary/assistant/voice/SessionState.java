package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Session;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthlibrary.assistant.answer.Conversation;
import org.jboss.logging.Logger;

/**
 * What a voice session remembers between turns, carried in Alexa's session attributes (Alexa
 * sends back what the last response set): the {@link Conversation} (its record fields, written
 * with Jackson so fields added to it later travel too) and the lab values given with
 * {@code LabValuesIntent}, by analyte, in the order given. Attributes that cannot be read start
 * a fresh state. Bounded: at most {@value #MAX_LAB_VALUES} lab values of at most
 * {@value #MAX_VALUE_CHARS} characters. Immutable.
 *
 * @param conversation the conversation state the answer pipeline returned last
 * @param labValues    analyte to the words given for it, e.g. "platelets" to "platelets 85000/uL"
 */
public record SessionState(Conversation conversation, Map<String, String> labValues) {

    static final String CONVERSATION = "conversation";
    static final String LAB_VALUES = "labValues";
    static final int MAX_LAB_VALUES = 10;
    static final int MAX_VALUE_CHARS = 120;

    private static final Logger LOG = Logger.getLogger(SessionState.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SessionState {
        labValues = Collections.unmodifiableMap(new LinkedHashMap<>(labValues));
    }

    /** A new session. */
    public static SessionState start() {
        return new SessionState(Conversation.start(), Map.of());
    }

    /** The state carried by a request's session (a new state when there is none). */
    static SessionState from(Session session) {
        if (session == null || session.getAttributes() == null || Boolean.TRUE.equals(session.getNew())) {
            return start();
        }
        Map<String, Object> attributes = session.getAttributes();
        Conversation conversation = Conversation.start();
        Object c = attributes.get(CONVERSATION);
        if (c instanceof Map<?, ?>) {
            try {
                conversation = JSON.convertValue(c, Conversation.class);
            } catch (IllegalArgumentException e) {
                LOG.debug("Unreadable conversation in the session attributes; starting afresh");
            }
        }
        Map<String, String> labs = new LinkedHashMap<>();
        if (attributes.get(LAB_VALUES) instanceof Map<?, ?> given) {
            for (var e : given.entrySet()) {
                if (labs.size() < MAX_LAB_VALUES && e.getKey() instanceof String k && e.getValue() instanceof String v
                        && k.length() <= MAX_VALUE_CHARS && v.length() <= MAX_VALUE_CHARS) {
                    labs.put(k, v);
                }
            }
        }
        return new SessionState(conversation == null ? Conversation.start() : conversation, labs);
    }

    /** This state with the conversation the pipeline returned. */
    SessionState with(Conversation next) {
        return new SessionState(next, labValues);
    }

    /** This state with a lab value given (replacing an earlier one for the same analyte, which moves to the end). */
    SessionState withLabValue(String analyte, String words) {
        Map<String, String> labs = new LinkedHashMap<>(labValues);
        labs.remove(analyte);
        labs.put(analyte, words);
        while (labs.size() > MAX_LAB_VALUES) {
            labs.remove(labs.keySet().iterator().next());
        }
        return new SessionState(conversation, labs);
    }

    /** The session attributes that carry this state. */
    @SuppressWarnings("unchecked")
    Map<String, Object> toAttributes() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(CONVERSATION, JSON.convertValue(conversation, Map.class));
        out.put(LAB_VALUES, new LinkedHashMap<>(labValues));
        return out;
    }
}
