package org.healthlibrary.assistant.labs;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.healthlibrary.assistant.cbc.CbcInterpreter;

/**
 * {@code POST /api/cbc}: interprets blood count numbers given as text or as structured values
 * and returns the report (see {@link CbcResponse}); bad input gets a 400 saying what to fix.
 * The disclaimer is attached by the disclaimer gate. Nothing the patient sent is logged.
 */
@Path("/api/cbc")
public class CbcResource {

    private final CbcInterpreter interpreter;

    public CbcResource(CbcInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CbcResponse interpret(CbcRequest body) {
        return CbcResponse.of(interpreter.interpret(CbcRequestMapper.toLabRequest(body, interpreter)));
    }
}
