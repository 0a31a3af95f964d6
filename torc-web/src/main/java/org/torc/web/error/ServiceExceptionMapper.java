package org.torc.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.torc.problem.ServiceException;

/** A refusal by a service becomes its HTTP status with the contract's error body. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    @Override
    public Response toResponse(ServiceException e) {
        return ErrorBody.response(status(e.kind()), e.getMessage());
    }

    static Response.StatusType status(ServiceException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case INVALID -> new UnprocessableEntity();
            case BAD_REQUEST -> Status.BAD_REQUEST;
            case FORBIDDEN -> Status.FORBIDDEN;
        };
    }

    /** 422, which JAX-RS 3.1 has no constant for. */
    private static final class UnprocessableEntity implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Entity";
        }
    }
}
