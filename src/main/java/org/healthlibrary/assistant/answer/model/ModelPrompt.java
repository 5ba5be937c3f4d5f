package org.healthlibrary.assistant.answer.model;

import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerWording.WordingRequest;
import org.healthlibrary.assistant.answer.model.guard.Grounding;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.SearchHit;

/**
 * What one model call is given, as text for {@code prompts/answer.txt}: the question, the
 * passages the pipeline retrieved and cites (numbered, each under its heading path), and the
 * lab report as JSON or {@code none}. Also the {@link Grounding} the answer is checked against:
 * exactly the passages and report the model saw. Immutable.
 *
 * @param question  the patient's message, after the safety screen
 * @param passages  the passages block
 * @param labReport the lab report as JSON, or {@link #NO_LAB_REPORT}
 * @param grounding the texts an answer may draw its numbers and topic from
 */
public record ModelPrompt(String question, String passages, String labReport, Grounding grounding) {

    /** The lab report slot's text when the message carried no lab values. */
    public static final String NO_LAB_REPORT = "none";

    /**
     * The prompt for a wording request.
     *
     * @param request       what the pipeline asks to be worded
     * @param labReportJson the request's lab report as JSON, or null when there is none
     */
    public static ModelPrompt of(WordingRequest request, String labReportJson) {
        StringBuilder block = new StringBuilder();
        List<String> sources = new ArrayList<>();
        int n = 1;
        for (SearchHit hit : request.passages()) {
            Passage p = hit.passage();
            String heading = String.join(" > ", p.headingPath());
            if (n > 1) {
                block.append("\n\n");
            }
            block.append('[').append(n++).append("] ").append(heading).append('\n').append(p.text().strip());
            sources.add(heading + "\n" + p.text());
        }
        String lab = labReportJson == null ? NO_LAB_REPORT : labReportJson;
        if (labReportJson != null) {
            sources.add(labReportJson);
        }
        return new ModelPrompt(request.question(), block.toString(), lab, new Grounding(sources));
    }
}
