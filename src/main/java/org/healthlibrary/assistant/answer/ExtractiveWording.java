package org.healthlibrary.assistant.answer;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The default wording: the extractive answer as composed, with no model and no network. */
@ApplicationScoped
@DefaultBean
public class ExtractiveWording implements AnswerWording {

    @Override
    public Optional<String> word(WordingRequest request) {
        return Optional.empty();
    }

    @Override
    public String mode() {
        return "extractive";
    }
}
