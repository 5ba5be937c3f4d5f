package org.healthlibrary.assistant.storage;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns {@code assistant.db.*} into the Quarkus settings of the one active datasource,
 * persistence unit and Flyway migration: both databases are in every build, and
 * {@code quarkus.datasource."h2".active} / {@code ."postgresql".active} (and the same for
 * Hibernate ORM and Flyway) are derived here at start-up, so switching needs no rebuild. Its values
 * have a lower ordinal than {@code application.properties}, so an explicit Quarkus key still wins.
 *
 * <p>Registered with {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}. Stateless.
 */
public class DatabaseSelection implements ConfigSourceFactory {

    /** Below application.properties (250) and the environment (300). */
    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        DatabaseKind active = DatabaseKind.parse(valueOf(context, "assistant.db.kind", "h2"));
        Map<String, String> settings = new HashMap<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            String on = String.valueOf(kind == active);
            String unit = "\"" + kind.unitName() + "\"";
            settings.put("quarkus.datasource." + unit + ".active", on);
            settings.put("quarkus.hibernate-orm." + unit + ".active", on);
            settings.put("quarkus.flyway." + unit + ".active", on);
        }
        String unit = "\"" + active.unitName() + "\"";
        settings.put("quarkus.datasource." + unit + ".jdbc.url", valueOf(context, "assistant.db.url", active.defaultUrl()));
        settings.put("quarkus.datasource." + unit + ".username", valueOf(context, "assistant.db.user", active.defaultUser()));
        String password = valueOf(context, "assistant.db.password", null);
        if (password != null) {
            settings.put("quarkus.datasource." + unit + ".password", password);
        }
        return List.of(new PropertiesConfigSource(settings, "assistant.db (DatabaseSelection)", ORDINAL));
    }

    private static String valueOf(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
