package org.healthlibrary.assistant.admin;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from, as the key wrong admin keys are counted under. Behind a
 * proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding} so that this is the
 * client's address, not the proxy's.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }
}
