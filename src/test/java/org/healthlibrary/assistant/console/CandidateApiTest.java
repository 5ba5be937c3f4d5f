package org.healthlibrary.assistant.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthlibrary.assistant.audit.AuditEntry;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.healthlibrary.assistant.candidate.CandidateStatus;
import org.healthlibrary.assistant.candidate.CaseDifference;
import org.healthlibrary.assistant.evaluation.CaseSpec;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.publishing.LibraryVersions;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checking and publishing a library change through the console API, on a copy of the shipped
 * library ({@link PublishProfile}): an edit that changes an answer is flagged side by side,
 * publishing is refused while a must-pass case fails and allowed with a written reason (both
 * audited), the published library serves and is recorded as the library version; a candidate
 * that drops most articles is refused without a reason; bad input gets 4xx {@code {error, message}}.
 */
@QuarkusTest
@TestProfile(PublishProfile.class)
class CandidateApiTest {

    private static final String CASE = "pancytopenia is not leukemia (api)";

    @Inject
    StaffAccounts accounts;
    @Inject
    Suites suites;
    @Inject
    CandidateLibrary candidate;
    @Inject
    AuditLog audit;
    @Inject
    LibraryIndex index;
    @Inject
    LibraryVersions versions;

    private String editor;
    private String admin;

    @BeforeEach
    void setUp() {
        ConsoleSession.ensure(accounts, "candidate-editor", StaffRole.EDITOR);
        editor = ConsoleSession.cookie("candidate-editor", ConsoleSession.PASSWORD);
        admin = ConsoleSession.cookie("admin", ConsoleSession.ADMIN_PASSWORD);
        CandidateWait.clean(candidate);
    }

    private String pancytopeniaEdited() throws IOException {
        String text = Files.readString(Path.of(PublishProfile.ROOT, "knowledge", "pancytopenia.md"));
        assertThat(text).contains("Pancytopenia is not the same as leukemia.");
        return text.replace("Pancytopenia is not the same as leukemia.", "Pancytopenia and leukemia are different conditions.");
    }

    @Test
    void anEditThatBreaksAMustPassCaseIsFlaggedRefusedAndPublishedOnlyWithAReason() throws IOException {
        long suite = suites.create(new SuiteSpec("candidate api", "A must-pass case the edit below breaks",
                List.of(new CaseSpec(CASE, List.of("Is pancytopenia leukemia?"), "ANSWERED", List.of("pancytopenia"),
                        List.of("not the same as leukemia"), List.of(), null, null, true))), false);
        try {
            publishAnEditThatBreaksACase();
        } finally {
            suites.delete(suite); // once published, the case fails on the live library too
        }
    }

    private void publishAnEditThatBreaksACase() throws IOException {
        ConsoleSession.as(editor).contentType("application/json").body(Map.of("markdown", pancytopeniaEdited()))
                .put("/console/api/candidate/articles/pancytopenia").then().statusCode(202);
        CandidateStatus checked = CandidateWait.until(candidate, Set.of(CandidateStatus.State.READY, CandidateStatus.State.FAILED));
        assertThat(checked.state()).as(checked.message()).isEqualTo(CandidateStatus.State.READY);
        assertThat(checked.edits()).containsExactly("changed: pancytopenia");

        CaseDifference flagged = checked.comparison().changed().stream().filter(d -> d.caseName().equals(CASE)).findFirst().orElseThrow();
        assertThat(flagged.suite()).isEqualTo("candidate api");
        assertThat(flagged.answerChanged()).isTrue();
        assertThat(flagged.livePassed()).isTrue();
        assertThat(flagged.candidatePassed()).isFalse();
        assertThat(flagged.candidateFailures()).containsExactly("answer lacks \"not the same as leukemia\"");
        assertThat(flagged.candidateAnswer()).contains("Pancytopenia and leukemia are different conditions.");
        assertThat(checked.comparison().mustPassFailing()).contains("candidate api: " + CASE);
        assertThat(checked.refusals()).extracting(r -> r.code()).containsExactly("must_pass_failing");

        Response refused = ConsoleSession.as(admin).contentType("application/json").body("{}").post("/console/api/candidate/publish");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("error")).isEqualTo("must_pass_failing");
        assertThat(refused.jsonPath().getString("message")).contains(CASE).contains("at least 20 characters");
        assertThat(newest().action).isEqualTo("library.publish-refused");
        assertThat(newest().actor).isEqualTo("admin");
        assertThat(newest().detail).isEqualTo("must_pass_failing");

        ConsoleSession.as(admin).contentType("application/json").body(Map.of("reason", "too short"))
                .post("/console/api/candidate/publish").then().statusCode(409);
        String live = index.library().contentHash();
        assertThat(live).isNotEqualTo(checked.contentHash());

        String reason = "The new wording was reviewed by the hematology lead";
        ConsoleSession.as(admin).contentType("application/json").body(Map.of("reason", reason))
                .post("/console/api/candidate/publish").then().statusCode(202);
        AuditEntry published = newest();
        assertThat(published.action).isEqualTo("library.publish");
        assertThat(published.actor).isEqualTo("admin");
        assertThat(published.target).isEqualTo(checked.contentHash().substring(0, 12));
        assertThat(published.detail).isEqualTo("override of must_pass_failing: " + reason);

        CandidateStatus after = CandidateWait.until(candidate, Set.of(CandidateStatus.State.NONE, CandidateStatus.State.FAILED));
        assertThat(after.state()).as(after.message()).isEqualTo(CandidateStatus.State.NONE);
        assertThat(after.lastPublished().contentHash()).isEqualTo(checked.contentHash());
        assertThat(after.lastPublished().override()).isEqualTo(reason);
        assertThat(index.library().contentHash()).isEqualTo(checked.contentHash());
        assertThat(versions.latest().orElseThrow().contentHash()).isEqualTo(checked.contentHash());
        assertThat(Files.readString(Path.of(PublishProfile.ROOT, "knowledge", "pancytopenia.md")))
                .contains("Pancytopenia and leukemia are different conditions.");
        assertThat(Files.exists(Path.of(PublishProfile.ROOT, "candidate", "knowledge"))).isFalse();
    }

    @Test
    void aCandidateThatDropsMostArticlesIsNeverPublishedWithoutAReason() {
        List<String> ids = index.library().articles().stream().map(a -> a.id()).toList();
        int remove = ids.size() / 2 + 1;
        for (String id : ids.subList(0, remove)) {
            ConsoleSession.as(editor).delete("/console/api/candidate/articles/" + id).then().statusCode(202);
        }
        CandidateStatus checked = CandidateWait.until(candidate, Set.of(CandidateStatus.State.READY, CandidateStatus.State.FAILED));
        assertThat(checked.state()).as(checked.message()).isEqualTo(CandidateStatus.State.READY);
        assertThat(checked.articles()).isEqualTo(ids.size() - remove);
        assertThat(checked.edits()).hasSize(remove).allMatch(e -> e.startsWith("removed: "));
        assertThat(checked.refusals()).extracting(r -> r.code()).contains("library_shrinks");

        Response refused = ConsoleSession.as(admin).contentType("application/json").body("{}").post("/console/api/candidate/publish");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("message")).contains("assistant.index.max-shrink");
        assertThat(newest().action).isEqualTo("library.publish-refused");
        assertThat(newest().detail).contains("library_shrinks");

        ConsoleSession.as(editor).delete("/console/api/candidate").then().statusCode(204);
        assertThat(newest().action).isEqualTo("candidate.discard");
        assertThat(candidate.status().state()).isEqualTo(CandidateStatus.State.NONE);
        assertThat(index.library().articles()).hasSize(ids.size());
    }

    @Test
    void badInputGetsA4xxJsonErrorAndChangesNothing() {
        expectError(ConsoleSession.as(editor).contentType("application/json").body(Map.of("markdown", "no front matter"))
                .put("/console/api/candidate/articles/anemia"), 400, "invalid_article");
        expectError(ConsoleSession.as(editor).contentType("application/json").body(Map.of("markdown", "---\ntitle: X\n---\nBody\n"))
                .put("/console/api/candidate/articles/Not_An_Id"), 400, "invalid_article_id");
        expectError(ConsoleSession.as(editor).contentType("application/json").body("{\"markdown\": ")
                .put("/console/api/candidate/articles/anemia"), 400, "malformed_json");
        expectError(ConsoleSession.as(editor).contentType("application/json").body("{}")
                .put("/console/api/candidate/articles/anemia"), 400, "missing_markdown");
        expectError(ConsoleSession.as(editor).contentType("application/json").body(Map.of("fileName", "notes.txt", "content", "x"))
                .post("/console/api/candidate/import"), 400, "unsupported_file");
        expectError(ConsoleSession.as(editor).contentType("application/json").body(Map.of("fileName", "../escape.md", "content", "x"))
                .post("/console/api/candidate/import"), 400, "invalid_file_name");
        expectError(ConsoleSession.as(editor).contentType("application/json").body(Map.of("fileName", "c.jsonl", "content", "{not json"))
                .post("/console/api/candidate/import"), 400, "invalid_corpus");
        expectError(ConsoleSession.as(editor).delete("/console/api/candidate/articles/no-such-article"), 404, "no_such_article");
        expectError(ConsoleSession.as(admin).contentType("application/json").body("{}")
                .post("/console/api/candidate/publish"), 404, "no_candidate");
        expectError(ConsoleSession.as(editor).post("/console/api/candidate/check"), 404, "no_candidate");
        expectError(ConsoleSession.as(editor).get("/console/candidate/edit?article=..%2Fsecret"), 400, "invalid_article_id");
        assertThat(candidate.status().state()).isEqualTo(CandidateStatus.State.NONE);
        assertThat(Files.exists(Path.of(PublishProfile.ROOT, "candidate", "knowledge"))).isFalse();
    }

    @Test
    void anImportedArticleIsAddedToTheCandidate() {
        String article = "---\ntitle: Iron-rich foods\nurl: https://library.example-hospital.org/health/iron-rich-foods\n"
                + "reviewed: 2026-11-01\nsummary: Foods with iron.\n---\n\n## Overview\nRed meat, beans and spinach have iron.\n";
        Response imported = ConsoleSession.as(editor).contentType("application/json")
                .body(Map.of("fileName", "iron-rich-foods.md", "content", article)).post("/console/api/candidate/import");
        assertThat(imported.statusCode()).isEqualTo(202);
        assertThat(imported.jsonPath().getString("file")).isEqualTo("iron-rich-foods.md");
        assertThat(newest().action).isEqualTo("candidate.import");
        assertThat(newest().target).isEqualTo("iron-rich-foods.md");
        CandidateStatus checked = CandidateWait.until(candidate, Set.of(CandidateStatus.State.READY, CandidateStatus.State.FAILED));
        assertThat(checked.edits()).containsExactly("added: iron-rich-foods");
        assertThat(checked.refusals()).isEmpty();
        ConsoleSession.as(editor).delete("/console/api/candidate").then().statusCode(204);
    }

    private AuditEntry newest() {
        return audit.newest(0, 1).getFirst();
    }

    private static void expectError(Response response, int status, String error) {
        assertThat(response.statusCode()).as(error).isEqualTo(status);
        assertThat(response.jsonPath().getString("error")).isEqualTo(error);
        assertThat(response.jsonPath().getString("message")).isNotBlank();
    }
}
