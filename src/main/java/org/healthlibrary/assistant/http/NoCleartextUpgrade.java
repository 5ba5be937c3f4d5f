package org.healthlibrary.assistant.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns off the HTTP/1.1 to cleartext HTTP/2 upgrade ({@code Upgrade: h2c}) on the plain HTTP
 * port. A POST that asked for the upgrade (curl {@code --http2}, Java's HTTP client by default)
 * had its body taken by the upgrade before {@link RequestLimits} could read it, and got a 500;
 * now such a request is answered over HTTP/1.1 like any other. Nothing is lost: browsers never
 * use h2c, and a load balancer in front speaks HTTP/2 to patients over TLS; HTTP/2 over TLS on
 * the HTTPS port (ALPN) is left as configured. Stateless.
 */
@ApplicationScoped
public class NoCleartextUpgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
