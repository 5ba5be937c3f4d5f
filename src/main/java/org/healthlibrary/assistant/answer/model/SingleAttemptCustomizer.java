package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes the OpenAI chat client try each request once. Retries are the circuit breaker's and the
 * fallback's business, and a retry would double a slow model's wait. Needed because
 * quarkus-langchain4j 1.10 accepts only {@code max-retries >= 1}, while LangChain4j 1.19 (which
 * the build aligns on) counts that number as retries after the first attempt.
 */
@ApplicationScoped
public class SingleAttemptCustomizer implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {

    @Override
    public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
