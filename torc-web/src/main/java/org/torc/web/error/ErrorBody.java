package org.torc.web.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The contract's error body: {@code {"error": {...}, "errorNum": 404, "errorMessage": "...",
 * "code": 404}}.
 */
public record ErrorBody(
        @JsonProperty("error") Map<String, Object> error,
        @JsonProperty("errorNum") int errorNum,
        @JsonProperty("errorMessage") String errorMessage,
        @JsonProperty("code") int code) {

    /** A response with this status whose body says {@code message}. */
    public static Response response(Response.StatusType status, String message) {
        int code = status.getStatusCode();
        ErrorBody body =
                new ErrorBody(Map.of("message", message, "status", code), code, message, code);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
