package org.torc.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.PersistenceException;

/** Stores a client's free-form JSON value (user data, event data) as its text. */
@Converter
public class JsonText implements AttributeConverter<JsonNode, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(JsonNode value) {
        return value == null || value.isNull() ? null : value.toString();
    }

    @Override
    public JsonNode convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("stored JSON is unreadable: " + e.getOriginalMessage());
        }
    }

    /** The JSON text of any value, e.g. a map built by the server for an event. */
    public static JsonNode of(Object value) {
        return MAPPER.valueToTree(value);
    }
}
