package org.healthlibrary.assistant.storage;

/**
 * The databases the service can store its console data in. Each has its own Quarkus datasource
 * and persistence unit (named like the constant in lower case); exactly one is active at run time.
 */
public enum DatabaseKind {

    /** An embedded H2 database in a file under {@code data/}: no setup, one machine. */
    H2("jdbc:h2:file:./data/console/assistant;AUTO_SERVER=FALSE", "sa"),

    /** A PostgreSQL server: production and several replicas. */
    POSTGRESQL("jdbc:postgresql://localhost:5432/assistant", "assistant");

    private final String defaultUrl;
    private final String defaultUser;

    DatabaseKind(String defaultUrl, String defaultUser) {
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
    }

    /** The name of this kind's datasource and persistence unit, e.g. {@code postgresql}. */
    public String unitName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The JDBC URL used when {@code assistant.db.url} is not set. */
    public String defaultUrl() {
        return defaultUrl;
    }

    /** The user name used when {@code assistant.db.user} is not set. */
    public String defaultUser() {
        return defaultUser;
    }

    /**
     * Reads a configured kind ({@code h2}, {@code postgresql}, any case).
     *
     * @throws IllegalArgumentException naming the accepted values when {@code value} is none of them
     */
    public static DatabaseKind parse(String value) {
        for (DatabaseKind kind : values()) {
            if (kind.unitName().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("assistant.db.kind must be h2 or postgresql, not '" + value + "'");
    }
}
