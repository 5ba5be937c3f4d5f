package org.healthlibrary.assistant.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a list of strings as a JSON array in a text column, the same on H2 and PostgreSQL.
 * Stateless and thread-safe.
 */
@Converter
public class JsonList implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings could not be written as JSON", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list is not a JSON array of strings", e);
        }
    }
}
