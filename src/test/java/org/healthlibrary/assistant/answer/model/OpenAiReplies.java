package org.healthlibrary.assistant.answer.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Response bodies of an OpenAI-compatible chat completions endpoint, as the stubs return them. */
public final class OpenAiReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiReplies() {
    }

    /** A completed answer. */
    public static String answer(String content) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        return completion(message, "stop");
    }

    /** An answer cut off at the token limit. */
    public static String cutOff(String content) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        return completion(message, "length");
    }

    /** A request to call one tool. */
    public static String toolCall(String callId, String tool, String argumentsJson) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").putNull("content");
        ArrayNode calls = message.putArray("tool_calls");
        ObjectNode call = calls.addObject().put("id", callId).put("type", "function");
        call.putObject("function").put("name", tool).put("arguments", argumentsJson);
        return completion(message, "tool_calls");
    }

    /** A streamed answer in pieces, as server-sent events, ending with [DONE]. */
    public static String stream(String... pieces) {
        StringBuilder out = new StringBuilder();
        out.append("data: ").append(chunk(JSON.createObjectNode().put("role", "assistant").put("content", ""), null))
                .append("\n\n");
        for (String piece : pieces) {
            out.append("data: ").append(chunk(JSON.createObjectNode().put("content", piece), null)).append("\n\n");
        }
        out.append("data: ").append(chunk(JSON.createObjectNode(), "stop")).append("\n\n");
        out.append("data: [DONE]\n\n");
        return out.toString();
    }

    /** A streamed request to call one tool, as server-sent events. */
    public static String streamToolCall(String callId, String tool, String argumentsJson) {
        ObjectNode first = JSON.createObjectNode().put("role", "assistant").putNull("content");
        ObjectNode call = first.putArray("tool_calls").addObject().put("index", 0).put("id", callId)
                .put("type", "function");
        call.putObject("function").put("name", tool).put("arguments", "");
        ObjectNode second = JSON.createObjectNode();
        second.putArray("tool_calls").addObject().put("index", 0).putObject("function")
                .put("arguments", argumentsJson);
        return "data: " + chunk(first, null) + "\n\n"
                + "data: " + chunk(second, null) + "\n\n"
                + "data: " + chunk(JSON.createObjectNode(), "tool_calls") + "\n\n"
                + "data: [DONE]\n\n";
    }

    private static String completion(ObjectNode message, String finishReason) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", ModelModeProfile.MODEL);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finishReason);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return root.toString();
    }

    private static String chunk(ObjectNode delta, String finishReason) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", ModelModeProfile.MODEL);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root.toString();
    }
}
