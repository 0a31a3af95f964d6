package org.torc.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads and writes JSON with Jackson, the same way on every JAX-RS implementation.
 *
 * <p>Unknown fields are accepted (newer clients send more than we store), nulls are omitted, and a
 * number where text belongs, or text where a number belongs, is an error naming the field.
 *
 * <p>It names {@code application/json} explicitly: Jersey prefers the provider with the more
 * specific media type, so with only {@code *}{@code /*} the server's built-in JSON-B provider would
 * read and write every JSON body and ignore the Jackson annotations.
 */
@Provider
@Priority(Priorities.ENTITY_CODER - 1)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonMapper extends JacksonJsonProvider {

    public static final ObjectMapper MAPPER = create();

    public JsonMapper() {
        super(MAPPER);
    }

    private static ObjectMapper create() {
        ObjectMapper mapper =
                com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                        .build()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
