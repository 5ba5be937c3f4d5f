package org.healthlibrary.assistant.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;

/**
 * Splits a Markdown file into its YAML front matter and body, and reads the front matter.
 * The front matter sits between a first line {@code ---} and the next line {@code ---}.
 * Stateless and thread-safe.
 */
final class FrontMatter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    /** The front matter fields; unknown keys are ignored so editors can add their own. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fields(String id, String title, String url, LocalDate reviewed, String summary,
                  List<String> synonyms, List<Source> sources, List<String> related) {
    }

    /** A file split in two. */
    record Split(String yaml, String body) {
    }

    private FrontMatter() {
    }

    static Split split(String text) throws ArticleFormatException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            throw new ArticleFormatException("no front matter: the file must start with a line '---'");
        }
        int end = t.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == t.length() || t.charAt(end + 4) == '\n')) {
            end = t.indexOf("\n---", end + 4);
        }
        if (end < 0) {
            throw new ArticleFormatException("front matter is not closed: add a line '---' after it");
        }
        String yaml = t.substring(4, end + 1);
        String body = end + 4 >= t.length() ? "" : t.substring(end + 5);
        return new Split(yaml, body);
    }

    static Fields parse(String yaml) throws ArticleFormatException {
        try {
            Fields f = YAML.readValue(yaml, Fields.class);
            if (f == null) {
                throw new ArticleFormatException("front matter is empty");
            }
            return f;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ArticleFormatException("front matter is not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
