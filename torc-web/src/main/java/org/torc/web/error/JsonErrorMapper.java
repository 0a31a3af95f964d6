package org.torc.web.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** A body that is not JSON, or a field of the wrong type: 400 naming the field. */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return ErrorBody.response(Status.BAD_REQUEST, describe(e));
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field =
                    mapping.getPath().stream()
                            .map(
                                    ref ->
                                            ref.getFieldName() != null
                                                    ? ref.getFieldName()
                                                    : "[" + ref.getIndex() + "]")
                            .collect(Collectors.joining("."))
                            .replace(".[", "[");
            return "invalid value for field '" + field + "': " + e.getOriginalMessage();
        }
        return "malformed JSON: " + e.getOriginalMessage();
    }
}
