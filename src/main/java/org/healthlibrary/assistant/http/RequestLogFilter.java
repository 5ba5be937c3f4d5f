package org.healthlibrary.assistant.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * One log line per API request with ids, outcome and timing only: method, path, status, the
 * trace id and outcome headers, and milliseconds. Never the body, query string or any header
 * that could carry what the user typed.
 */
@Provider
public class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("org.healthlibrary.assistant.requests");
    private static final String START = RequestLogFilter.class.getName() + ".start";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object start = request.getProperty(START);
        double millis = start instanceof Long s ? (System.nanoTime() - s) / 1e6 : -1;
        LOG.infof("%s %s -> %d outcome=%s trace=%s %.1f ms", request.getMethod(),
                request.getUriInfo().getPath(), response.getStatus(),
                header(response, "X-Outcome"), header(response, "X-Trace-Id"), millis);
    }

    private static String header(ContainerResponseContext response, String name) {
        Object v = response.getHeaders().getFirst(name);
        return v == null ? "-" : v.toString();
    }
}
