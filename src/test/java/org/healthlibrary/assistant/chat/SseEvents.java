package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole server-sent event stream from {@code POST /api/chat/stream} (test helper). */
public final class SseEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its name and its JSON data. */
    public record Event(String name, JsonNode data) {

        /** The text of a delta event. */
        public String text() {
            return data.get("text").asText();
        }
    }

    private SseEvents() {
    }

    /** Posts a chat request to the stream endpoint and returns its events in order. */
    public static List<Event> stream(String requestJson) {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream").body(requestJson)
                .when().post("/api/chat/stream")
                .then().statusCode(200).contentType("text/event-stream")
                .extract().asString();
        return parse(body);
    }

    /** The events of a stream body: blocks separated by blank lines, with {@code event:} and {@code data:} lines. */
    public static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\\r?\\n\\r?\\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
            if (name != null) {
                try {
                    events.add(new Event(name, JSON.readTree(data.toString())));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Event data is not JSON: " + data, e);
                }
            }
        }
        return events;
    }

    /** The names of the events, in order. */
    public static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }
}
