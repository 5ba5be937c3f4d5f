package org.healthlibrary.assistant.answer.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exact request model mode sends for "Is pancytopenia leukemia?" as a new conversation:
 * the system prompt file, the three passages the pipeline retrieves and cites, the CBC tool's
 * specification and the model settings. Shared by the plain and the streaming tests.
 */
public final class PinnedRequest {

    /** The user message for "Is pancytopenia leukemia?": the three passages the pipeline retrieves and cites. */
    public static final String USER_MESSAGE = """
            Library passages:

            [1] Pancytopenia > Common questions > Is pancytopenia leukemia?
            Pancytopenia is not the same as leukemia. Pancytopenia is not a disease by itself. Pancytopenia is a \
            finding on a blood test that can have many causes. Leukemia is one possible cause, along with other bone \
            marrow problems. Many causes of pancytopenia are not cancer. Only tests, such as a blood smear or a bone \
            marrow biopsy, can find the cause.

            [2] Leukemia > Common questions > Does pancytopenia mean leukemia?
            Pancytopenia does not always mean leukemia. Pancytopenia has many causes, such as low vitamins, infections \
            and medicines. Leukemia is one possible cause, so tests are needed to find the reason.

            [3] Pancytopenia > Causes
            Pancytopenia has many possible causes. In some causes, the bone marrow does not make enough blood \
            cells. In other causes, blood cells are destroyed or trapped faster than the marrow can replace \
            them.
            Possible causes of pancytopenia include:
            - Aplastic anemia, when the marrow stops making enough new cells
            - Myelodysplastic syndromes, when the marrow makes cells that do not grow up normally
            - Leukemia, lymphoma or myeloma, which are blood cancers
            - Other cancers that have spread into the bone marrow
            - Chemotherapy or radiation treatment for cancer
            - Some other medicines
            - Low levels of vitamin B12 or folate
            - Infections such as HIV, hepatitis, Epstein-Barr virus or sepsis
            - Autoimmune diseases such as lupus, when the immune system attacks the body
            - An enlarged spleen that traps too many blood cells
            - Toxins, such as some chemicals

            Lab report: none

            Patient's question: Is pancytopenia leukemia?
            """;

    public static final String MODEL_ANSWER = "Pancytopenia is not the same as leukemia. It is a finding on a blood test, "
            + "and leukemia is only one of its many possible causes. Tests such as a blood smear or a bone marrow "
            + "biopsy can find the cause, so talk with your healthcare provider about your own results.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PinnedRequest() {
    }

    /** The exact body the OpenAI-compatible endpoint receives for "Is pancytopenia leukemia?". */
    public static ObjectNode expectedRequest() throws IOException, NoSuchMethodException {
        ObjectNode body = JSON.createObjectNode().put("model", ModelModeProfile.MODEL);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", Files.readString(Path.of("prompts/system.txt")));
        messages.addObject().put("role", "user").put("content", USER_MESSAGE);
        body.put("temperature", 0.0).put("top_p", 1.0).put("presence_penalty", 0.0).put("frequency_penalty", 0.0);
        body.putArray("tools").add(cbcToolSpecification());
        return body;
    }

    /** The CBC tool as the model sees it: name, description and parameter schema from the annotations. */
    public static ObjectNode cbcToolSpecification() throws NoSuchMethodException {
        Method method = CbcTool.class.getMethod("interpretBloodCount", String.class);
        ObjectNode tool = JSON.createObjectNode().put("type", "function");
        ObjectNode function = tool.putObject("function").put("name", "interpretBloodCount")
                .put("description", String.join("\n", method.getAnnotation(Tool.class).value()));
        ObjectNode parameters = function.putObject("parameters").put("type", "object");
        parameters.putObject("properties").putObject("labText").put("type", "string")
                .put("description", ((P) method.getParameterAnnotations()[0][0]).value());
        parameters.putArray("required");
        return tool;
    }
}
