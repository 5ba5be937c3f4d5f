package org.healthlibrary.assistant.console;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every HTTP route the console package declares, read from its compiled resource classes, as
 * {@code "METHOD /path/{param}"}: the access test compares its table with this list, so a new
 * route without an access rule fails it.
 */
final class ConsoleRoutes {

    private static final Path CLASSES = Path.of("target/classes/org/healthlibrary/assistant/console");

    private ConsoleRoutes() {
    }

    static Set<String> declared() throws IOException, ClassNotFoundException {
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.list(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "org.healthlibrary.assistant.console." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, ConsoleRoutes.class.getClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.add(verb + " " + base.value() + (sub == null ? "" : sub.value()));
                }
            }
        }
        return routes;
    }
}
