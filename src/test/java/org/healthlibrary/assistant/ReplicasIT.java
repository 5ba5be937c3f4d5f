package org.healthlibrary.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged service on one machine behind an imagined load balancer: their
 * own ports and index folders, one copy of the knowledge folder, one real PostgreSQL database
 * (a schema created fresh for this test). A conversation alternates between them, a library
 * version published on one is served by both, and killing one mid-conversation leaves the other
 * carrying it on. Fails (never skips) when PostgreSQL is not reachable, saying how to start it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    static final String URL = System.getProperty("assistant.test.postgresql.url", "jdbc:postgresql://localhost:5432/assistant_test");
    static final String USER = System.getProperty("assistant.test.postgresql.user", "assistant");
    static final String PASSWORD = System.getProperty("assistant.test.postgresql.password", "assistant");
    static final String SCHEMA = "replicas_it";
    static final String API_KEY = "replicas-it-admin-key";
    static final Duration START_WAIT = Duration.ofMinutes(5);
    static final Duration FOLLOW_WAIT = Duration.ofMinutes(3);

    static Path work;
    static ReplicaProcess a;
    static ReplicaProcess b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        freshSchema();
        work = Path.of("target/replicas-it").toAbsolutePath();
        deleteTree(work);
        Path knowledge = work.resolve("knowledge");
        copyTree(Path.of("knowledge"), knowledge);
        a = ReplicaProcess.start("a", work, settings(knowledge, work.resolve("index-a")));
        b = ReplicaProcess.start("b", work, settings(knowledge, work.resolve("index-b")));
        a.awaitReady(START_WAIT);
        b.awaitReady(START_WAIT);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ReplicaProcess p : new ReplicaProcess[] {a, b}) {
            if (p != null) {
                p.close();
            }
        }
    }

    @Test
    @Order(1)
    void aConversationContinuesOnTheOtherReplica() {
        String session = ask(a, "what is pancytopenia", null).getString("sessionId");
        JsonPath followUp = ask(b, "can it go away?", session);
        assertThat(followUp.getString("outcome")).isEqualTo("ANSWERED");
        assertThat(followUp.getString("citations[0].articleId")).isEqualTo("pancytopenia");
        assertThat(followUp.getString("citations[0].section")).isEqualTo("Common questions > Can pancytopenia go away?");
        JsonPath back = ask(a, "can it go away?", session);
        assertThat(back.getString("citations[0].articleId")).as("back on the first replica").isEqualTo("pancytopenia");
    }

    @Test
    @Order(2)
    void aPublishedLibraryVersionIsServedByBoth() throws Exception {
        String before = info(a).getString("library.contentHash");
        assertThat(info(b).getString("library.contentHash")).isEqualTo(before);
        assertThat(info(b).getString("version.wanted")).isEqualTo(before);

        Path article = work.resolve("knowledge/pancytopenia-second-copy.md");
        Files.writeString(article, Files.readString(Path.of("knowledge/pancytopenia.md"))
                .replace("id: pancytopenia\n", "id: pancytopenia-second-copy\n")
                .replace("title: Pancytopenia\n", "title: Pancytopenia, a second copy\n")
                .replace("/health/pancytopenia\n", "/health/pancytopenia-second-copy\n"));
        a.request().header("X-Api-Key", API_KEY).post("/api/admin/reindex").then().statusCode(202);

        String published = awaitArticles(a, 17).getString("library.contentHash");
        assertThat(published).isNotEqualTo(before);
        JsonPath onB = awaitArticles(b, 17);
        assertThat(onB.getString("library.contentHash")).isEqualTo(published);
        assertThat(onB.getString("version.wanted")).isEqualTo(published);
        assertThat(onB.getBoolean("version.behind")).isFalse();
        b.request().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @Order(3)
    void whenOneReplicaDiesTheOtherCarriesTheConversationOn() throws InterruptedException {
        String session = ask(a, "what is pancytopenia", null).getString("sessionId");
        a.kill();
        JsonPath followUp = ask(b, "can it go away?", session);
        assertThat(followUp.getString("citations[0].articleId")).isEqualTo("pancytopenia");
        assertThat(followUp.getString("citations[0].section")).isEqualTo("Common questions > Can pancytopenia go away?");
        b.request().get("/q/health/ready").then().statusCode(200);
    }

    private static JsonPath ask(ReplicaProcess replica, String message, String session) {
        String body = session == null ? "{\"message\": \"" + message + "\"}"
                : "{\"message\": \"" + message + "\", \"sessionId\": \"" + session + "\"}";
        return replica.request().contentType(ContentType.JSON).body(body).post("/api/chat")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath info(ReplicaProcess replica) {
        return replica.request().get("/api/info").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitArticles(ReplicaProcess replica, int articles) throws InterruptedException {
        Instant deadline = Instant.now().plus(FOLLOW_WAIT);
        JsonPath last = info(replica);
        while (last.getInt("library.articles") != articles && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = info(replica);
        }
        assertThat(last.getInt("library.articles")).as("articles served by %s (version %s)", replica.name,
                last.getMap("version")).isEqualTo(articles);
        return last;
    }

    private static Map<String, String> settings(Path knowledge, Path index) {
        return Map.of(
                "assistant.knowledge.path", knowledge.toString(),
                "assistant.index.path", index.toString(),
                "assistant.db.kind", "postgresql",
                "assistant.db.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "assistant.db.user", USER,
                "assistant.db.password", PASSWORD,
                "assistant.admin.api-key", API_KEY,
                "assistant.publishing.poll-every", "1s",
                "quarkus.http.auth.session.encryption-key", "replicas-it-session-key-0123456789");
    }

    private static void freshSchema() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            throw new AssertionError("ReplicasIT needs PostgreSQL at " + URL + " (user " + USER + "), which is not reachable: "
                    + e.getMessage() + ". Start it with: pg_ctlcluster 15 main start (Debian's postgresql package), then "
                    + "provision it as .ci/run does: su postgres -c \"psql -c \\\"CREATE ROLE assistant LOGIN PASSWORD "
                    + "'assistant'\\\" -c \\\"CREATE DATABASE assistant_test OWNER assistant\\\"\"", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
