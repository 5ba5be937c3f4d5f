package org.healthlibrary.assistant.info;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.junit.jupiter.api.Test;

/** {@code GET /api/info} with no model configured: extractive mode and the shipped library. */
@QuarkusTest
class InfoResourceTest {

    @Inject
    LibraryIndex index;

    @Test
    void reportsExtractiveModeAndTheLoadedLibrary() {
        given().when().get("/api/info")
                .then().statusCode(200)
                .body("mode", equalTo("extractive"))
                .body("model", nullValue())
                .body("library.articles", equalTo(16))
                .body("library.passages", equalTo(194))
                .body("library.contentHash", equalTo(index.library().contentHash()))
                .body("embeddingModel", equalTo("all-minilm-l6-v2-q"));
    }
}
