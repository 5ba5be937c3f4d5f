package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.RequestEnvelope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/alexa}: Alexa Skills Kit requests. The body is taken as raw bytes so that
 * the signature is checked over exactly what was sent; then the request is parsed, answered
 * through the shared pipeline and rendered within Alexa's limits. A request that fails
 * verification or is not an Alexa request is a 400 {@code {error, message}} before anything
 * else runs.
 */
@Path("/api/alexa")
public class AlexaResource {

    private final AlexaRequestReader reader;
    private final AlexaSkill skill;
    private final AlexaResponses responses;

    public AlexaResource(AlexaRequestReader reader, AlexaSkill skill, AlexaResponses responses) {
        this.reader = reader;
        this.skill = skill;
        this.responses = responses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response handle(@HeaderParam("Signature-256") String signature256,
                           @HeaderParam("SignatureCertChainUrl") String certChainUrl, byte[] body) {
        RequestEnvelope envelope = reader.read(body, signature256, certChainUrl);
        VoiceReply reply = skill.handle(envelope);
        Response.ResponseBuilder response = Response.ok(responses.render(reply), MediaType.APPLICATION_JSON_TYPE);
        if (reply.result() != null) {
            response.header("X-Trace-Id", reply.result().trace().id())
                    .header("X-Outcome", reply.result().outcome().name());
        }
        return response.build();
    }
}
