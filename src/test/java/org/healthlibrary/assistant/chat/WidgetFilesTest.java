package org.healthlibrary.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.Test;

/**
 * The widget's files as shipped: within the size budget, versioned URLs that change with the
 * files, complete string bundles, and none of the things a strict CSP or the privacy promise
 * rules out.
 */
public class WidgetFilesTest {

    static final Path WIDGET = Path.of("src/main/resources/META-INF/resources/widget/v1");
    /** The budget for the widget's JavaScript and CSS together, gzipped. */
    static final int BUDGET_BYTES = 30 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gzipped size of the widget's JavaScript plus CSS, as a browser downloads them compressed. */
    public static int gzippedBytes() throws IOException {
        return gzip(Files.readAllBytes(WIDGET.resolve("assistant.js"))) + gzip(Files.readAllBytes(WIDGET.resolve("assistant.css")));
    }

    @Test
    void javaScriptAndCssStayWithinThirtyKilobytesGzipped() throws IOException {
        assertThat(gzippedBytes()).isLessThanOrEqualTo(BUDGET_BYTES);
    }

    @Test
    void theVersionInTheScriptIsTheHashOfTheFilesItLoads() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String file : List.of("assistant.css", "i18n/en.json", "i18n/es.json")) {
            sha.update(Files.readAllBytes(WIDGET.resolve(file)));
        }
        String expected = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        Matcher m = Pattern.compile("const VERSION = '([0-9a-f]+)';").matcher(script());
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).as("set VERSION in assistant.js to the new hash so browsers fetch the changed files")
                .isEqualTo(expected);
    }

    @Test
    void everyLanguageHasEveryStringAndTheEnglishDisclaimerIsTheServices() throws IOException {
        JsonNode en = JSON.readTree(WIDGET.resolve("i18n/en.json").toFile());
        JsonNode es = JSON.readTree(WIDGET.resolve("i18n/es.json").toFile());
        List<String> enKeys = iterable(en);
        assertThat(iterable(es)).containsExactlyElementsOf(enKeys);
        assertThat(en.get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
        assertThat(en.get("disclaimerShort").asText()).isEqualTo(SafetyEnglish.DISCLAIMER_SPOKEN);
        assertThat(en.get("starters")).hasSize(3);
    }

    @Test
    void theScriptNeedsNoInlineStyleNoEvalAndStoresNothingBeyondTheTab() throws IOException {
        String js = script();
        assertThat(js).doesNotContain("innerHTML", "eval(", "new Function", "localStorage", "document.cookie",
                "setAttribute('style'", ".cssText", "insertAdjacentHTML");
        assertThat(js).contains("sessionStorage");
        String html = Files.readString(WIDGET.resolve("../../index.html"));
        assertThat(html).doesNotContainPattern("<script>|<style|style=\"");
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String script() throws IOException {
        return Files.readString(WIDGET.resolve("assistant.js"));
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
