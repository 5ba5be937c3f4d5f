package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.junit.jupiter.api.Test;

/** Slips in topic names are read against the library's titles and synonyms as written. */
class TopicWordsTest {

    private static final TopicWords TOPICS = TopicWords.of(new Library(List.of(
            new Article("aplastic-anemia", "Aplastic Anemia", "u", null, "", List.of("marrow failure"), List.of(),
                    List.of(), ""),
            new Article("thrombocytopenia", "Thrombocytopenia (Low Platelets)", "u", null, "", List.of(), List.of(),
                    List.of(), "")), List.of(), "h"));

    @Test
    void readsOneSlipInATopicWord() {
        assertThat(TOPICS.meant("aplasitc")).isEqualTo("aplastic");
        assertThat(TOPICS.meant("thrombocytopneia")).isEqualTo("thrombocytopenia");
        assertThat(TOPICS.meant("plateletts")).isEqualTo("platelets");
        assertThat(TOPICS.meant("marow")).isEqualTo("marrow");
        assertThat(TOPICS.meant("failrue")).isEqualTo("failure");
    }

    @Test
    void leavesKnownShortAndFarWordsAlone() {
        assertThat(TOPICS.meant("aplastic")).isNull();
        assertThat(TOPICS.meant("anem")).isNull();
        assertThat(TOPICS.meant("lupus")).isNull();
        assertThat(TopicWords.NONE.meant("aplasitc")).isNull();
    }
}
