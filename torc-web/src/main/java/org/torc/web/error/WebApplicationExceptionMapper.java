package org.torc.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unsupported media type, a path parameter that
 * is not a number) keep their status and get the contract's error body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        String message =
                original.getStatus() == 404 && e.getMessage() != null
                        ? "not found"
                        : original.getStatusInfo().getReasonPhrase();
        if (e.getCause() == null && e.getMessage() != null && !e.getMessage().startsWith("HTTP ")) {
            message = e.getMessage();
        }
        return ErrorBody.response(original.getStatusInfo(), message);
    }
}
