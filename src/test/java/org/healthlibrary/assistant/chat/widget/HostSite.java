package org.healthlibrary.assistant.chat.widget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A hospital's web site on another origin ({@code http://127.0.0.1:port}, while the service is
 * {@code http://localhost:port}): serves pages that embed the widget with the bare script tag,
 * under a strict Content-Security-Policy and with hostile CSS. One server per test JVM; its
 * origin is shared through a system property because Quarkus loads test profiles and tests in
 * different class loaders. Pages are built from their URL, so the server holds no state.
 */
final class HostSite {

    /** CSS a careless or hostile page might have: none of it may reach the widget. */
    static final String HOSTILE_CSS = """
            * { all: unset; }
            html { font-size: 40px; }
            body { font: 48px/4 "Comic Sans MS", cursive; color: #ff00ff; background: #222;
                   letter-spacing: 4px; text-transform: uppercase; }
            div, section, p, form, button, textarea { display: none !important; }
            button { background: red !important; }
            health-library-assistant { display: none; transform: scale(0.2); }
            """;
    /** An ordinary hospital page's CSS, for the README's screenshot. */
    static final String PLAIN_CSS = """
            body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #f7f5f0; }
            header { background: #1f3b57; color: #fff; padding: 16px 40px; font: 700 24px Arial, sans-serif; }
            main { max-width: 640px; padding: 24px 40px; }
            """;
    private static final String ORIGIN_PROPERTY = "widget.test.host-origin";

    private final String origin;

    private HostSite(String origin) {
        this.origin = origin;
    }

    /** The running site (started on first use, on a free port). */
    static synchronized HostSite get() {
        String origin = System.getProperty(ORIGIN_PROPERTY);
        if (origin == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", HostSite::serve);
                server.start();
                origin = "http://127.0.0.1:" + server.getAddress().getPort();
                System.setProperty(ORIGIN_PROPERTY, origin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HostSite(origin);
    }

    /** The site's origin, as browsers send it in the Origin header. */
    String origin() {
        return origin;
    }

    /**
     * The URL of a page that embeds the widget from {@code service} with the given data
     * attributes (e.g. {@code data-open="true"}).
     */
    String page(String service, String attributes) {
        return origin + "/page?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8)
                + "&attrs=" + URLEncoder.encode(attributes, StandardCharsets.UTF_8);
    }

    /** Like {@link #page}, on an ordinary page without the hostile CSS. */
    String plainPage(String service, String attributes) {
        return page(service, attributes) + "&plain=1";
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String type = "text/html; charset=utf-8";
        String body;
        if (path.equals("/hostile.css") || path.equals("/plain.css")) {
            type = "text/css";
            body = path.equals("/plain.css") ? PLAIN_CSS : HOSTILE_CSS;
        } else if (path.equals("/page")) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String service = query.get("service");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src " + service
                    + "; style-src 'self' " + service + "; connect-src " + service + "; img-src 'self'");
            body = """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Example Hospital</title><link rel="stylesheet" href="/%s.css"></head>
                    <body><header>Example Hospital</header><main><h1>Blood disorders clinic</h1>
                    <div><p>Our hematology team cares for adults with anemia, low platelets and other blood conditions.
                    Visiting hours are 9 to 5.</p></div></main>
                    <script src="%s/widget/v1/assistant.js" %s></script>
                    </body></html>
                    """.formatted(query.containsKey("plain") ? "plain" : "hostile", service, query.getOrDefault("attrs", ""));
        } else if (path.equals("/favicon.ico")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
